-- AlterTable
ALTER TABLE "Mailbox" ADD COLUMN     "addedAt" TIMESTAMP(3),
ADD COLUMN     "catchUpAt" TIMESTAMP(3),
ADD COLUMN     "catchUpDone" INTEGER,
ADD COLUMN     "catchUpOf" INTEGER,
ADD COLUMN     "catchUpStartedAt" TIMESTAMP(3);
