import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The bytes of one stored file when FILE_STORAGE=database (the default): kept with the data it belongs to. */
@Entity('file_blob')
export class FileBlob {
  @PrimaryColumn('varchar', { length: 200 })
  key: string;

  @Column('bytea')
  data: Buffer;

  @Column('timestamptz')
  createdAt: Date;
}
