-- CreateTable
CREATE TABLE "SeenChatRequest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "SeenChatRequest_expiresAt_idx" ON "SeenChatRequest"("expiresAt");
