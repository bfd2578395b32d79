import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Bookkeeping shared by every mutable row: timestamps and the optimistic-locking version. */
@ObjectType({ simpleResolvers: true })
export abstract class VersionedRow {
  @Field(() => GraphQLISODateTime, { description: 'When the row was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the row was last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int, {
    description:
      'Optimistic-locking version, incremented by every change. Updates must pass the version they read.',
  })
  @VersionColumn()
  version!: number;
}
