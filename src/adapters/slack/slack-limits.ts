/**
 * Slack's Block Kit limits, applied to every message and modal before it leaves: Slack refuses a whole
 * message (`invalid_blocks`) for one text that is too long, so a big ticket would otherwise not show at
 * all. Texts are cut with an ellipsis; a message keeps at most 50 blocks, the last one saying how many
 * were left out. Limits from https://api.slack.com/reference/block-kit/blocks and …/composition-objects.
 */
import type { types } from '@slack/bolt';

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  contextText: 2000,
  header: 150,
  buttonText: 75,
  optionText: 75,
  modalTitle: 24,
  modalButton: 24,
  /** The message's plain `text` (notifications, screen readers); Slack truncates beyond 40,000. */
  fallbackText: 3000,
} as const;

/**
 * Cuts text to `limit` characters, never in the middle of an escape (`&amp;`), a mention (`<@U…>`) or a
 * character outside the BMP (an emoji is two UTF-16 units; half of one is no character at all).
 */
export function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut.slice(0, openTailAt(cut))}…`;
}

/**
 * Where an escape (`&amp`) or a mention (`<@U…`) left open at the end of `text` begins, or its length: the
 * last `&` followed only by letters, or the first `<` after the last `>`, whichever comes first. Found by
 * index, never by a pattern anchored at the end, which would retry from every `<` of a long run.
 */
function openTailAt(text: string): number {
  const amp = text.lastIndexOf('&');
  const escape = amp !== -1 && /^[a-z]*$/.test(text.slice(amp + 1)) ? amp : text.length;
  const lt = text.indexOf('<', text.lastIndexOf('>') + 1);
  return Math.min(escape, lt === -1 ? text.length : lt);
}

function clipText<T extends { text: string }>(object: T, limit: number): T {
  return object.text.length <= limit ? object : { ...object, text: clip(object.text, limit) };
}

function blockWithinLimits(block: types.KnownBlock): types.KnownBlock {
  switch (block.type) {
    case 'section':
      return {
        ...block,
        ...(block.text ? { text: clipText(block.text, SLACK_LIMITS.sectionText) } : {}),
        ...(block.fields
          ? { fields: block.fields.slice(0, SLACK_LIMITS.fields).map((f) => clipText(f, SLACK_LIMITS.field)) }
          : {}),
      };
    case 'header':
      return { ...block, text: clipText(block.text, SLACK_LIMITS.header) };
    case 'context':
      return {
        ...block,
        elements: block.elements.map((e) => ('text' in e ? clipText(e, SLACK_LIMITS.contextText) : e)),
      };
    case 'actions':
      return {
        ...block,
        elements: block.elements.map((e) =>
          e.type === 'button' ? { ...e, text: clipText(e.text, SLACK_LIMITS.buttonText) } : e,
        ),
      };
    case 'input':
      return block.element.type === 'static_select'
        ? {
            ...block,
            element: {
              ...block.element,
              options: (block.element.options ?? []).map((o) => ({
                ...o,
                text: clipText(o.text, SLACK_LIMITS.optionText),
                ...(o.description ? { description: clipText(o.description, SLACK_LIMITS.optionText) } : {}),
              })),
            },
          }
        : block;
    default:
      return block;
  }
}

/** The blocks within Slack's limits: each text cut to its limit, at most 50 blocks. */
export function blocksWithinLimits(blocks: readonly types.KnownBlock[]): types.KnownBlock[] {
  const kept =
    blocks.length <= SLACK_LIMITS.blocks
      ? [...blocks]
      : [
          ...blocks.slice(0, SLACK_LIMITS.blocks - 1),
          {
            type: 'context' as const,
            elements: [
              {
                type: 'mrkdwn' as const,
                text: `… ${blocks.length - SLACK_LIMITS.blocks + 1} more parts not shown here.`,
              },
            ],
          },
        ];
  return kept.map(blockWithinLimits);
}

/** A message (text and blocks) within Slack's limits. */
export function withinLimits<M extends { readonly text: string; readonly blocks: types.KnownBlock[] }>(
  message: M,
): M {
  return {
    ...message,
    text: clip(message.text, SLACK_LIMITS.fallbackText),
    blocks: blocksWithinLimits(message.blocks),
  };
}

/** A modal within Slack's limits: title and buttons of 24 characters, its blocks as a message's. */
export function modalWithinLimits(view: types.ModalView): types.ModalView {
  const short = (t: types.PlainTextElement | undefined) => (t ? clipText(t, SLACK_LIMITS.modalButton) : t);
  return {
    ...view,
    title: clipText(view.title, SLACK_LIMITS.modalTitle),
    ...(view.submit ? { submit: short(view.submit)! } : {}),
    ...(view.close ? { close: short(view.close)! } : {}),
    blocks: blocksWithinLimits(view.blocks as types.KnownBlock[]),
  };
}
