-- CreateTable
CREATE TABLE "NodeImage" (
    "nodeId" UUID NOT NULL,
    "image" TEXT NOT NULL,
    "pulledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NodeImage_pkey" PRIMARY KEY ("nodeId","image")
);

-- AddForeignKey
ALTER TABLE "NodeImage" ADD CONSTRAINT "NodeImage_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;
