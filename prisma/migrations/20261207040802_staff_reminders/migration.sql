-- CreateTable
CREATE TABLE "TicketReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "onDay" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "TicketReminder_ticketId_kind_onDay_key" ON "TicketReminder"("ticketId", "kind", "onDay");
