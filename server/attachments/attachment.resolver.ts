import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Objection, SelfReport } from '../assessments/assessment.entity.js';
import { ReviewCase } from '../cases/review/review.types.js';
import { CorroboratingFindingView } from '../corroboration/corroboration.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { ATTACHMENT_EXTENSIONS } from './attachment-kinds.js';
import type { AttachmentRow } from './attachment.service.js';
import { Attachment, AttachmentLimits, DeleteAttachmentInput } from './attachment.types.js';

const view = (row: AttachmentRow): Attachment => Object.assign(new Attachment(), row, { url: `/attachments/${row.id}` });

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => AttachmentLimits, { description: 'The limits of attachments (size, count, kinds), for anyone: said before an upload' })
  attachmentLimits(@Ctx() ctx: GraphQLContext): AttachmentLimits {
    const s = ctx.services.attachments.settings;
    return { maxBytes: s.maxBytes, maxPerOwner: s.maxPerOwner, maxPerObjection: s.maxPerObjection, extensions: [...ATTACHMENT_EXTENSIONS] };
  }

  @FieldResolver(() => Boolean, { description: 'You uploaded it and its record is still open: you may delete it' })
  canDelete(@Root() row: Attachment, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.attachments.canDelete(ctx.viewer, row);
  }

  @Authorized()
  @Mutation(() => Attachment, { description: 'Deletes an attachment: only its uploader, while the self-report is a draft or the case is not yet decided' })
  async deleteAttachment(@Arg('input', () => DeleteAttachmentInput, { description: 'The attachment to delete' }) input: DeleteAttachmentInput, @Ctx() ctx: GraphQLContext): Promise<Attachment> {
    return view(await ctx.services.attachments.delete(ctx.viewer, input.attachmentId));
  }
}

@Resolver(() => SelfReport)
export class SelfReportAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'Files attached to the self-report, oldest first' })
  async attachments(@Root() row: SelfReport, @Ctx() ctx: GraphQLContext): Promise<Attachment[]> {
    return (await ctx.services.attachments.list(ctx.viewer, 'SELF_REPORT', row.assessmentId)).map(view);
  }
}

@Resolver(() => ReviewCase)
export class ReviewCaseAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'Files attached to the grounds of the review or appeal, oldest first' })
  async attachments(@Root() row: ReviewCase, @Ctx() ctx: GraphQLContext): Promise<Attachment[]> {
    return (await ctx.services.attachments.list(ctx.viewer, 'REVIEW_CASE', row.id)).map(view);
  }
}

@Resolver(() => Objection)
export class ObjectionAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'Files the objector attached, oldest first (read by the organisation department and auditors of the jurisdiction)' })
  async attachments(@Root() row: Objection, @Ctx() ctx: GraphQLContext): Promise<Attachment[]> {
    return (await ctx.services.attachments.list(ctx.viewer, 'OBJECTION', row.id)).map(view);
  }
}

@Resolver(() => CorroboratingFindingView)
export class FindingAttachmentResolver {
  @FieldResolver(() => [Attachment], { description: 'The documents of the finding (the report or notice it comes from), oldest first' })
  async attachments(@Root() row: CorroboratingFindingView, @Ctx() ctx: GraphQLContext): Promise<Attachment[]> {
    return (await ctx.services.attachments.list(ctx.viewer, 'FINDING', row.id)).map(view);
  }
}
