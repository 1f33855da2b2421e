-- DropIndex
DROP INDEX "RawMessage_organisationId_messageId_idx";

-- CreateIndex
CREATE INDEX "OutboundEmail_organisationId_automatic_queuedAt_idx" ON "OutboundEmail"("organisationId", "automatic", "queuedAt");
