-- CreateTable
CREATE TABLE "Task" (
    "id" SERIAL NOT NULL,
    "ticketId" INTEGER NOT NULL,
    "system" TEXT NOT NULL,
    "right" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "note" TEXT,
    "actor" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "openedInVersion" INTEGER NOT NULL,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_ticketId_system_right_key" ON "Task"("ticketId", "system", "right");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
