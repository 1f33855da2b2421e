-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "intakeChannel" TEXT NOT NULL DEFAULT 'email',
ADD COLUMN     "requesterPostalAddress" TEXT;
