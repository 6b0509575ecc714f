import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertPrerequisites } from './paths.js';
import {
  createApiTokenInDatabase,
  createDepartmentInDatabase,
  createExternalAgencyInDatabase,
  createUserWithCli,
  startServer,
  type RunningServer,
  type StaffAccount,
} from './server.js';

/** What every browser test file receives (`inject('e2e')`). */
export interface E2eContext {
  /** The console and the API, e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** Unique per run: appended to every name the tests create. */
  runId: string;
  /** Where screenshots and logs of failures go. Created only when something fails. */
  artifactsDir: string;
  /** Temporary folder of this run (browser profiles live below it); removed at the end. */
  runDir: string;
  accounts: {
    /** SYSTEM_ADMIN, created by the CLI: must change the initial password, then enrol TOTP. */
    admin: StaffAccount;
    /** AUDITOR, created by the CLI: same first sign-in. */
    auditor: StaffAccount;
    /** SECURITY_ADMIN used only to be locked out (never signs in successfully). */
    lockout: StaffAccount;
    /** GENERAL_OFFICE (no TOTP required): keeps the holiday calendar, reads the deadline dashboard. */
    generalOffice: StaffAccount;
    /** COMPLAINT_HANDLER (no TOTP, no COMPLAINT_IDENTITY_REVEAL): registers and handles complaints. */
    complaintHandler: StaffAccount;
    /** DEPARTMENT_HEAD of `complaintDepartment`: the department complained about, ordered to correct. */
    departmentHead: StaffAccount;
    /** DRAFTER of `complaintDepartment` (no TOTP): drafts documents and does review level 1. */
    drafter: StaffAccount;
    /** CONFIDENTIALITY_OFFICER of `complaintDepartment` (no TOTP): review level 2. */
    confidentialityOfficer: StaffAccount;
    /** PUBLISHER of `complaintDepartment` (no TOTP): publishes approved reviews to the catalog. */
    publisher: StaffAccount;
    /**
     * A second DEPARTMENT_HEAD of `complaintDepartment`, for documents (signs, approves reviews): the first
     * one's initial password belongs to the complaints suite, whichever file runs first.
     */
    documentHead: StaffAccount;
    /**
     * Release coordination (consultations.e2e.ts): the document chain of `consultDepartment` and the head
     * of `coDepartment`, whose consent the documents of `consultDepartment` need.
     */
    consultDrafter: StaffAccount;
    consultOfficer: StaffAccount;
    consultPublisher: StaffAccount;
    consultHead: StaffAccount;
    coDepartmentHead: StaffAccount;
    /** APPLICATION_HANDLER (no TOTP, bureau-wide): runs disclosure applications (applications.e2e.ts). */
    applicationHandler: StaffAccount;
    /**
     * Meetings with representatives (meetings.e2e.ts): the MEETING_ORGANIZER of `meetingDepartment` (runs the
     * meeting, review level 1 of its results) and that department's review chain.
     */
    meetingOrganizer: StaffAccount;
    meetingOfficer: StaffAccount;
    meetingHead: StaffAccount;
    meetingPublisher: StaffAccount;
    /**
     * Supplying information on application (application-supply.e2e.ts): a second APPLICATION_HANDLER (the first
     * one's initial password belongs to applications.e2e.ts) and the review chain of `holdingDepartment`.
     */
    supplyHandler: StaffAccount;
    supplyOfficer: StaffAccount;
    supplyHead: StaffAccount;
  };
  /** The department holding the information an applicant is supplied (reviews levels 2–3 of the reply). */
  holdingDepartment: { code: string; name: string };
  /** The department that organizes the meeting of meetings.e2e.ts. */
  meetingDepartment: { code: string; name: string };
  /** An external app's API token with scope invitations:respond (representatives answer with their codes). */
  invitationsApiToken: string;
  /** An external app's API token with scope opinions:submit (representatives' written opinions). */
  opinionsApiToken: string;
  consultDepartment: { code: string; name: string };
  coDepartment: { code: string; name: string };
  /** An external agency to consult before 签发. */
  consultedAgency: { name: string; address: string };
  /** An external app's API token with scope public:read (the public catalog). */
  publicApiToken: string;
  /** An external app's API token with scope applications:submit (online disclosure applications). */
  applicationsApiToken: string;
  /** A department (处室) of the bureau, created before the server starts (no console step creates it). */
  complaintDepartment: { code: string; name: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/**
 * Once per run: a fresh embedded data folder, the staff accounts from the CLI (it runs the migrations),
 * then the built server on an ephemeral port. The teardown stops the server and removes the folder even
 * when tests failed; the server log is kept next to the screenshots when there are any.
 */
export default async function setup(project: TestProject) {
  assertPrerequisites();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`.slice(-8);
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'gdp-admin-e2e-'));
  const artifactsDir = path.resolve(
    process.env.E2E_ARTIFACTS_DIR ?? path.join(os.tmpdir(), 'gdp-admin-e2e-artifacts'),
    runId,
  );
  const dataDir = path.join(runDir, 'data');
  const logFile = path.join(runDir, 'server.log');
  let server: RunningServer | undefined;

  const teardown = async () => {
    await server?.stop();
    if (existsSync(artifactsDir) && (await readdir(artifactsDir)).length > 0) {
      if (existsSync(logFile)) await copyFile(logFile, path.join(artifactsDir, 'server.log'));
      console.info(`Browser test artifacts (screenshots, page errors, server log): ${artifactsDir}`);
    }
    await rm(runDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    const started = Date.now();
    const admin = await createUserWithCli(dataDir, {
      username: `e2e.admin.${runId}`,
      name: '测试系统管理员',
      roles: ['SYSTEM_ADMIN'],
    });
    const auditor = await createUserWithCli(dataDir, {
      username: `e2e.audit.${runId}`,
      name: '测试审计员',
      roles: ['AUDITOR'],
    });
    const lockout = await createUserWithCli(dataDir, {
      username: `e2e.lock.${runId}`,
      name: '测试安全管理员',
      roles: ['SECURITY_ADMIN'],
    });
    const generalOffice = await createUserWithCli(dataDir, {
      username: `e2e.office.${runId}`,
      name: '测试办公室',
      roles: ['GENERAL_OFFICE'],
    });
    const complaintHandler = await createUserWithCli(dataDir, {
      username: `e2e.complaint.${runId}`,
      name: '测试投诉举报处理人',
      roles: ['COMPLAINT_HANDLER'],
    });
    const complaintDepartment = await createDepartmentInDatabase(dataDir, {
      code: `E2E_TS_${runId.toUpperCase()}`,
      name: `测试被投诉处室${runId}`,
    });
    const departmentHead = await createUserWithCli(dataDir, {
      username: `e2e.head.${runId}`,
      name: '测试处室负责人',
      roles: ['DEPARTMENT_HEAD'],
      department: complaintDepartment.code,
    });
    const departmentAccount = (key: string, name: string, role: string) =>
      createUserWithCli(dataDir, {
        username: `e2e.${key}.${runId}`,
        name,
        roles: [role],
        department: complaintDepartment.code,
      });
    const drafter = await departmentAccount('drafter', '测试信息制作人员', 'DRAFTER');
    const confidentialityOfficer = await departmentAccount(
      'secrecy',
      '测试信息安全保密员',
      'CONFIDENTIALITY_OFFICER',
    );
    const publisher = await departmentAccount('publisher', '测试信息发布人', 'PUBLISHER');
    const documentHead = await departmentAccount('dochead', '测试公文处室负责人', 'DEPARTMENT_HEAD');
    const consultDepartment = await createDepartmentInDatabase(dataDir, {
      code: `E2E_ZB_${runId.toUpperCase()}`,
      name: `测试主办处室${runId}`,
    });
    const coDepartment = await createDepartmentInDatabase(dataDir, {
      code: `E2E_HB_${runId.toUpperCase()}`,
      name: `测试会办处室${runId}`,
    });
    const consultAccount = (key: string, name: string, role: string, department = consultDepartment) =>
      createUserWithCli(dataDir, {
        username: `e2e.${key}.${runId}`,
        name,
        roles: [role],
        department: department.code,
      });
    const consultDrafter = await consultAccount('zbdrafter', '测试主办处室拟稿人', 'DRAFTER');
    const consultOfficer = await consultAccount('zbsecrecy', '测试主办处室保密员', 'CONFIDENTIALITY_OFFICER');
    const consultPublisher = await consultAccount('zbpublisher', '测试主办处室发布人', 'PUBLISHER');
    const consultHead = await consultAccount('zbhead', '测试主办处室负责人', 'DEPARTMENT_HEAD');
    const coDepartmentHead = await consultAccount(
      'hbhead',
      '测试会办处室负责人',
      'DEPARTMENT_HEAD',
      coDepartment,
    );
    const consultedAgency = await createExternalAgencyInDatabase(dataDir, {
      name: `测试市场监督管理局${runId}`,
      address: '湖州市测试路 1 号',
    });
    const publicApiToken = await createApiTokenInDatabase(dataDir, {
      name: `e2e 公开目录 ${runId}`,
      scopes: ['public:read'],
      createdBy: admin.username,
    });
    const applicationHandler = await createUserWithCli(dataDir, {
      username: `e2e.ysq.${runId}`,
      name: '测试依申请公开办理人员',
      roles: ['APPLICATION_HANDLER'],
    });
    const applicationsApiToken = await createApiTokenInDatabase(dataDir, {
      name: `e2e 网上申请 ${runId}`,
      scopes: ['applications:submit'],
      createdBy: admin.username,
    });
    const meetingDepartment = await createDepartmentInDatabase(dataDir, {
      code: `E2E_HY_${runId.toUpperCase()}`,
      name: `测试会议承办处室${runId}`,
    });
    const meetingAccount = (key: string, name: string, role: string) =>
      createUserWithCli(dataDir, {
        username: `e2e.${key}.${runId}`,
        name,
        roles: [role],
        department: meetingDepartment.code,
      });
    const meetingOrganizer = await meetingAccount('hyorganizer', '测试会议组织人员', 'MEETING_ORGANIZER');
    const meetingOfficer = await meetingAccount('hysecrecy', '测试会议处室保密员', 'CONFIDENTIALITY_OFFICER');
    const meetingHead = await meetingAccount('hyhead', '测试会议处室负责人', 'DEPARTMENT_HEAD');
    const meetingPublisher = await meetingAccount('hypublisher', '测试会议处室发布人', 'PUBLISHER');
    const supplyHandler = await createUserWithCli(dataDir, {
      username: `e2e.ysqsupply.${runId}`,
      name: '测试依申请公开承办人员',
      roles: ['APPLICATION_HANDLER'],
    });
    const holdingDepartment = await createDepartmentInDatabase(dataDir, {
      code: `E2E_XS_${runId.toUpperCase()}`,
      name: `测试信息所在处室${runId}`,
    });
    const holdingAccount = (key: string, name: string, role: string) =>
      createUserWithCli(dataDir, {
        username: `e2e.${key}.${runId}`,
        name,
        roles: [role],
        department: holdingDepartment.code,
      });
    const supplyOfficer = await holdingAccount(
      'xssecrecy',
      '测试信息所在处室保密员',
      'CONFIDENTIALITY_OFFICER',
    );
    const supplyHead = await holdingAccount('xshead', '测试信息所在处室负责人', 'DEPARTMENT_HEAD');
    const invitationsApiToken = await createApiTokenInDatabase(dataDir, {
      name: `e2e 代表答复 ${runId}`,
      scopes: ['invitations:respond'],
      createdBy: admin.username,
    });
    const opinionsApiToken = await createApiTokenInDatabase(dataDir, {
      name: `e2e 代表意见 ${runId}`,
      scopes: ['opinions:submit'],
      createdBy: admin.username,
    });
    server = await startServer(dataDir, logFile);
    console.info(
      `Browser tests: server ${server.url} (pid ${server.pid}) ready in ${Date.now() - started} ms`,
    );
    project.provide('e2e', {
      baseUrl: server.url,
      runId,
      artifactsDir,
      runDir,
      accounts: {
        admin,
        auditor,
        lockout,
        generalOffice,
        complaintHandler,
        departmentHead,
        drafter,
        confidentialityOfficer,
        publisher,
        documentHead,
        consultDrafter,
        consultOfficer,
        consultPublisher,
        consultHead,
        coDepartmentHead,
        applicationHandler,
        meetingOrganizer,
        meetingOfficer,
        meetingHead,
        meetingPublisher,
        supplyHandler,
        supplyOfficer,
        supplyHead,
      },
      complaintDepartment,
      consultDepartment,
      coDepartment,
      consultedAgency,
      publicApiToken,
      applicationsApiToken,
      meetingDepartment,
      holdingDepartment,
      invitationsApiToken,
      opinionsApiToken,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
