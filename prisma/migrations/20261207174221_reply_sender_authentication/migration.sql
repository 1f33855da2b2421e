-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TicketMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "rawMessageId" INTEGER,
    "direction" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "senderUnauthenticated" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "TicketMessage_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketMessage_rawMessageId_fkey" FOREIGN KEY ("rawMessageId") REFERENCES "RawMessage" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TicketMessage" ("bodyText", "direction", "fromAddress", "id", "kind", "messageId", "rawMessageId", "receivedAt", "subject", "ticketId") SELECT "bodyText", "direction", "fromAddress", "id", "kind", "messageId", "rawMessageId", "receivedAt", "subject", "ticketId" FROM "TicketMessage";
DROP TABLE "TicketMessage";
ALTER TABLE "new_TicketMessage" RENAME TO "TicketMessage";
CREATE UNIQUE INDEX "TicketMessage_rawMessageId_key" ON "TicketMessage"("rawMessageId");
CREATE INDEX "TicketMessage_messageId_idx" ON "TicketMessage"("messageId");
CREATE INDEX "TicketMessage_kind_receivedAt_idx" ON "TicketMessage"("kind", "receivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
