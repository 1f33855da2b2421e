-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "ticketReference" TEXT;

-- CreateTable
CREATE TABLE "TicketNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "TicketNote_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TicketLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromTicketId" INTEGER NOT NULL,
    "toTicketId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "TicketLink_fromTicketId_fkey" FOREIGN KEY ("fromTicketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketLink_toTicketId_fkey" FOREIGN KEY ("toTicketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecipientCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "recipient" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'pending',
    "note" TEXT,
    "actor" TEXT,
    "settledAt" DATETIME,
    CONSTRAINT "RecipientCheck_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "requesterAddress" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "flags" JSONB NOT NULL,
    "types" JSONB NOT NULL,
    "language" TEXT,
    "needsTriage" BOOLEAN NOT NULL DEFAULT false,
    "requesterUnreachable" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "jurisdiction" TEXT NOT NULL DEFAULT 'eu-gdpr',
    "version" INTEGER NOT NULL DEFAULT 0,
    "extended" BOOLEAN NOT NULL DEFAULT false,
    "rejectionReason" TEXT,
    "assignee" TEXT,
    "dueAt" DATETIME,
    "dueDate" TEXT,
    "verifiedAt" DATETIME,
    "closedAt" DATETIME,
    CONSTRAINT "Ticket_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Ticket" ("createdAt", "flags", "id", "language", "needsTriage", "number", "organisationId", "receivedAt", "reference", "requesterAddress", "requesterName", "requesterUnreachable", "status", "subject", "types", "updatedAt") SELECT "createdAt", "flags", "id", "language", "needsTriage", "number", "organisationId", "receivedAt", "reference", "requesterAddress", "requesterName", "requesterUnreachable", "status", "subject", "types", "updatedAt" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");
CREATE UNIQUE INDEX "Ticket_reference_key" ON "Ticket"("reference");
CREATE INDEX "Ticket_organisationId_status_idx" ON "Ticket"("organisationId", "status");
CREATE INDEX "Ticket_requesterAddress_idx" ON "Ticket"("requesterAddress");
CREATE INDEX "Ticket_status_dueAt_idx" ON "Ticket"("status", "dueAt");
CREATE INDEX "Ticket_assignee_status_idx" ON "Ticket"("assignee", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TicketNote_ticketId_idx" ON "TicketNote"("ticketId");

-- CreateIndex
CREATE INDEX "TicketLink_toTicketId_idx" ON "TicketLink"("toTicketId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketLink_fromTicketId_toTicketId_key" ON "TicketLink"("fromTicketId", "toTicketId");

-- CreateIndex
CREATE UNIQUE INDEX "RecipientCheck_ticketId_position_key" ON "RecipientCheck"("ticketId", "position");
