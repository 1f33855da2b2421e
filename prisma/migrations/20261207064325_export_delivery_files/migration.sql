-- CreateTable
CREATE TABLE "TicketExport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "organisationId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB,
    "source" TEXT NOT NULL,
    "attachedBy" TEXT NOT NULL,
    "attachedAt" DATETIME NOT NULL,
    "letterMessageId" TEXT,
    "sentAt" DATETIME,
    "removedAt" DATETIME,
    "removedReason" TEXT
);

-- CreateTable
CREATE TABLE "ExportDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketId" INTEGER NOT NULL,
    "letterMessageId" TEXT NOT NULL,
    "passwordMessageId" TEXT,
    "form" TEXT NOT NULL,
    "sealedPassword" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "TicketExport_ticketId_idx" ON "TicketExport"("ticketId");

-- CreateIndex
CREATE INDEX "TicketExport_letterMessageId_idx" ON "TicketExport"("letterMessageId");

-- CreateIndex
CREATE INDEX "TicketExport_organisationId_sentAt_idx" ON "TicketExport"("organisationId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExportDelivery_letterMessageId_key" ON "ExportDelivery"("letterMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "ExportDelivery_passwordMessageId_key" ON "ExportDelivery"("passwordMessageId");

-- CreateIndex
CREATE INDEX "ChatTicketMessage_transport_messageId_idx" ON "ChatTicketMessage"("transport", "messageId");
