-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN "letter" TEXT;
