import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 尝试计数: attempts at a guarded action (a login, a self-report code) per key (a username, a code, a client
 * address) in a fixed window. Kept in PostgreSQL so that every API process counts the same attempts, and taken
 * with one atomic upsert before the slow work, so parallel requests cannot pass the limit together.
 */
@Entity({ name: 'attempt_counter' })
export class AttemptCounter {
  @PrimaryColumn({ name: 'key', type: 'text', collation: 'C' })
  key!: string;

  @Column({ name: 'attempts', type: 'integer' })
  attempts!: number;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;
}
