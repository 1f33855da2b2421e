-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationId" TEXT NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "template" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "requestedLanguage" TEXT,
    "messageId" TEXT NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "references" JSONB NOT NULL,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "automatic" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    "queuedAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "VerificationCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME
);

-- CreateTable
CREATE TABLE "VerificationEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "method" TEXT,
    "actor" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "messageId" TEXT,
    "note" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboundEmail_messageId_key" ON "OutboundEmail"("messageId");

-- CreateIndex
CREATE INDEX "OutboundEmail_status_nextAttemptAt_idx" ON "OutboundEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_toAddress_automatic_queuedAt_idx" ON "OutboundEmail"("toAddress", "automatic", "queuedAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_ticketId_idx" ON "OutboundEmail"("ticketId");

-- CreateIndex
CREATE INDEX "VerificationCode_ticketId_status_idx" ON "VerificationCode"("ticketId", "status");

-- CreateIndex
CREATE INDEX "VerificationEvent_ticketId_idx" ON "VerificationEvent"("ticketId");
