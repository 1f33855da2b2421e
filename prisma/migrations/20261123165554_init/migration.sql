-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "configHash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Mailbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "uidValidity" TEXT,
    "lastUid" BIGINT NOT NULL DEFAULT 0,
    "lastSyncAt" DATETIME,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Mailbox_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RawMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationId" TEXT NOT NULL,
    "mailboxId" TEXT NOT NULL,
    "uidValidity" TEXT,
    "uid" BIGINT,
    "sourceName" TEXT,
    "messageId" TEXT NOT NULL,
    "messageIdSynthetic" BOOLEAN NOT NULL,
    "canonicalMessageId" TEXT,
    "contentHash" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "raw" BLOB,
    "headerBlock" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "automaticKind" TEXT,
    "automaticReason" TEXT,
    "duplicateOfId" INTEGER,
    "ticketId" INTEGER,
    "receivedAt" DATETIME NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RawMessage_mailboxId_fkey" FOREIGN KEY ("mailboxId") REFERENCES "Mailbox" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RawMessage_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuarantinedMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "mailboxId" TEXT,
    "uidValidity" TEXT,
    "uid" BIGINT,
    "sourceName" TEXT,
    "contentHash" TEXT NOT NULL,
    "raw" BLOB NOT NULL,
    "error" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "rawMessageId" INTEGER
);

-- CreateTable
CREATE TABLE "Ticket" (
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
    CONSTRAINT "Ticket_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TicketMessage" (
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
    CONSTRAINT "TicketMessage_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketMessage_rawMessageId_fkey" FOREIGN KEY ("rawMessageId") REFERENCES "RawMessage" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketMessageId" INTEGER NOT NULL,
    "filename" TEXT,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BLOB,
    "omittedReason" TEXT,
    CONSTRAINT "Attachment_ticketMessageId_fkey" FOREIGN KEY ("ticketMessageId") REFERENCES "TicketMessage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Classification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "types" JSONB NOT NULL,
    "language" TEXT,
    "confidence" REAL NOT NULL,
    "reasons" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Classification_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "ticketId" INTEGER,
    "payload" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "RawMessage_organisationId_contentHash_idx" ON "RawMessage"("organisationId", "contentHash");

-- CreateIndex
CREATE INDEX "RawMessage_organisationId_messageId_idx" ON "RawMessage"("organisationId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "RawMessage_mailboxId_uidValidity_uid_key" ON "RawMessage"("mailboxId", "uidValidity", "uid");

-- CreateIndex
CREATE UNIQUE INDEX "RawMessage_organisationId_canonicalMessageId_key" ON "RawMessage"("organisationId", "canonicalMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "QuarantinedMessage_source_contentHash_key" ON "QuarantinedMessage"("source", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_reference_key" ON "Ticket"("reference");

-- CreateIndex
CREATE INDEX "Ticket_organisationId_status_idx" ON "Ticket"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Ticket_requesterAddress_idx" ON "Ticket"("requesterAddress");

-- CreateIndex
CREATE UNIQUE INDEX "TicketMessage_rawMessageId_key" ON "TicketMessage"("rawMessageId");

-- CreateIndex
CREATE INDEX "TicketMessage_messageId_idx" ON "TicketMessage"("messageId");

-- CreateIndex
CREATE INDEX "Classification_ticketId_idx" ON "Classification"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_ticketId_idx" ON "AuditEvent"("ticketId");
