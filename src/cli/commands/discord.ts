/**
 * `rightsdesk discord register`: overwrites the application's slash commands with `/rights` (one PUT), in
 * the server DISCORD_GUILD_ID names or globally. The gateway mode does this at every start; an HTTP
 * interactions deployment, whose processes only answer requests, runs it once per release.
 */
import { discordLayout } from '../../adapters/discord/command-groups.js';
import { compose } from '../../composition-root.js';
import { ConfigError } from '../../config/errors.js';
import { type CliCommand, UsageError } from '../command.js';

export const discordCommand: CliCommand = {
  name: 'discord',
  usage: 'rightsdesk discord register',
  summary: "register /rights with Discord (overwrites the application's commands)",
  async run(argv, io) {
    if (argv[0] !== 'register') throw new UsageError(argv[0] ? `unknown step ${argv[0]}` : 'say what to do');
    if (argv.length > 1) throw new UsageError(`unexpected argument ${argv[1]}`);
    const app = await compose(io.env);
    try {
      if (!app.discord) throw new ConfigError(['environment: DISCORD_BOT_TOKEN: Discord is not configured']);
      const scope = await app.discord.register();
      io.stdout.write(
        scope === 'global'
          ? '/rights registered globally (Discord may take a while to show it in every server)\n'
          : `/rights registered in server ${scope}\n`,
      );
      // Where each command is typed: the groups are what a person coming from Slack would not guess.
      const layout = discordLayout();
      io.stdout.write(`subcommands: ${layout.topLevel.join(', ')}\n`);
      for (const group of layout.groups)
        io.stdout.write(`/rights ${group.name}: ${group.commands.join(', ')}\n`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
