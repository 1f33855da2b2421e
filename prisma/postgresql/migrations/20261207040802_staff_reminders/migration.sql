-- CreateTable
CREATE TABLE "TicketReminder" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "onDay" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TicketReminder_ticketId_kind_onDay_key" ON "TicketReminder"("ticketId", "kind", "onDay");
