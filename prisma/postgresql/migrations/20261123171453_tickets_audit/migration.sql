-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "assignee" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "dueDate" TEXT,
ADD COLUMN     "extended" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "jurisdiction" TEXT NOT NULL DEFAULT 'eu-gdpr',
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "ticketReference" TEXT,
ALTER COLUMN "seq" DROP DEFAULT;

-- CreateTable
CREATE TABLE "TicketNote" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketLink" (
    "id" SERIAL NOT NULL,
    "fromTicketId" INTEGER NOT NULL,
    "toTicketId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "TicketLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecipientCheck" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "recipient" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'pending',
    "note" TEXT,
    "actor" TEXT,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "RecipientCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TicketNote_ticketId_idx" ON "TicketNote"("ticketId");

-- CreateIndex
CREATE INDEX "TicketLink_toTicketId_idx" ON "TicketLink"("toTicketId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketLink_fromTicketId_toTicketId_key" ON "TicketLink"("fromTicketId", "toTicketId");

-- CreateIndex
CREATE UNIQUE INDEX "RecipientCheck_ticketId_position_key" ON "RecipientCheck"("ticketId", "position");

-- CreateIndex
CREATE INDEX "Ticket_status_dueAt_idx" ON "Ticket"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Ticket_assignee_status_idx" ON "Ticket"("assignee", "status");

-- AddForeignKey
ALTER TABLE "TicketNote" ADD CONSTRAINT "TicketNote_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_fromTicketId_fkey" FOREIGN KEY ("fromTicketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_toTicketId_fkey" FOREIGN KEY ("toTicketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecipientCheck" ADD CONSTRAINT "RecipientCheck_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
