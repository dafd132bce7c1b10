-- DropForeignKey
ALTER TABLE "ContainerGroup" DROP CONSTRAINT "ContainerGroup_resourceGroupId_fkey";

-- AlterTable
ALTER TABLE "Operation" ADD COLUMN     "resourceGroupId" UUID;

-- AddForeignKey
ALTER TABLE "ContainerGroup" ADD CONSTRAINT "ContainerGroup_resourceGroupId_fkey" FOREIGN KEY ("resourceGroupId") REFERENCES "ResourceGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
