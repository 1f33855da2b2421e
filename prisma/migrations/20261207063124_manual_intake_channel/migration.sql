-- Added in place rather than by rebuilding "Ticket" (what the engine writes for SQLite): both columns
-- have a constant default, which SQLite's ADD COLUMN accepts, so a large ticket table is not copied.
ALTER TABLE "Ticket" ADD COLUMN "intakeChannel" TEXT NOT NULL DEFAULT 'email';
ALTER TABLE "Ticket" ADD COLUMN "requesterPostalAddress" TEXT;
