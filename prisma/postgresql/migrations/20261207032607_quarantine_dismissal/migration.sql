-- AlterTable
ALTER TABLE "QuarantinedMessage" ADD COLUMN     "dismissReason" TEXT;
