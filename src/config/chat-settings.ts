/**
 * Both chats' settings read at once, so that a start refused for a bad Slack variable also names the bad
 * Discord ones (every problem listed together, as for the rest of the configuration).
 */
import { type DiscordSettings, discordSettings } from './discord-settings.js';
import type { Env } from './env.js';
import { ConfigError } from './errors.js';
import { type SlackSettings, slackSettings } from './slack-settings.js';

export interface ChatSettings {
  readonly slack: SlackSettings | null;
  readonly discord: DiscordSettings | null;
}

export function chatSettings(env: Env): ChatSettings {
  const problems: string[] = [];
  const read = <T>(settings: () => T): T | null => {
    try {
      return settings();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const slack = read(() => slackSettings(env));
  const discord = read(() => discordSettings(env));
  if (problems.length > 0) throw new ConfigError(problems);
  return { slack, discord };
}
