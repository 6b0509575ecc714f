import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { FINE_GRAINED_PERMISSIONS, ROLES, type FineGrainedPermission, type Role } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { Department } from './department.entity.js';
import { User } from './user.entity.js';

@Entity('role_grant')
@Check('CHK_role_grant_role', oneOf('role', ROLES))
@Index(['userId', 'role', 'departmentId'], { unique: true })
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column('varchar', { length: 32 })
  role: Role;

  @Column('uuid', { nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;

  @Column('uuid', { nullable: true })
  grantedById: string | null;

  @Column('timestamptz')
  createdAt: Date;
}

@Entity('permission_grant')
@Check('CHK_permission_grant_permission', oneOf('permission', FINE_GRAINED_PERMISSIONS))
@Index(['userId', 'permission'], { unique: true })
export class PermissionGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column('varchar', { length: 48 })
  permission: FineGrainedPermission;

  @Column('uuid', { nullable: true })
  grantedById: string | null;

  @Column('timestamptz')
  createdAt: Date;
}
