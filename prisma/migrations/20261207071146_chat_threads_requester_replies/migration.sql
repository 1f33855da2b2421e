-- CreateTable
CREATE TABLE "ChatReplyPost" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "transport" TEXT NOT NULL,
    "ticketMessageId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ChatReplyPost_transport_ticketMessageId_key" ON "ChatReplyPost"("transport", "ticketMessageId");

-- CreateIndex
CREATE INDEX "TicketMessage_kind_receivedAt_idx" ON "TicketMessage"("kind", "receivedAt");
