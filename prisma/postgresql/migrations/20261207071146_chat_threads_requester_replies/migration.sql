-- CreateTable
CREATE TABLE "ChatReplyPost" (
    "id" SERIAL NOT NULL,
    "transport" TEXT NOT NULL,
    "ticketMessageId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatReplyPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChatReplyPost_transport_ticketMessageId_key" ON "ChatReplyPost"("transport", "ticketMessageId");

-- CreateIndex
CREATE INDEX "TicketMessage_kind_receivedAt_idx" ON "TicketMessage"("kind", "receivedAt");
