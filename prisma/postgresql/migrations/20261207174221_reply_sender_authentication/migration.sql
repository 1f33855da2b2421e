-- AlterTable
ALTER TABLE "TicketMessage" ADD COLUMN     "senderUnauthenticated" BOOLEAN NOT NULL DEFAULT false;
