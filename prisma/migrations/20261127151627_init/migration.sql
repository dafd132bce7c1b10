-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'Enabled',
    "tenantId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" UUID NOT NULL,
    "principalId" UUID NOT NULL,
    "principalType" TEXT NOT NULL DEFAULT 'User',
    "roleName" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceGroup" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContainerGroup" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "resourceGroupId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "osType" TEXT NOT NULL,
    "sku" TEXT NOT NULL DEFAULT 'Standard',
    "restartPolicy" TEXT NOT NULL,
    "ipAddressType" TEXT,
    "ipAddress" TEXT,
    "dnsNameLabel" TEXT,
    "dnsNameLabelScope" TEXT,
    "fqdn" TEXT,
    "ports" JSONB NOT NULL DEFAULT '[]',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "desiredState" TEXT NOT NULL DEFAULT 'Running',
    "generation" INTEGER NOT NULL DEFAULT 1,
    "provisioningState" TEXT NOT NULL DEFAULT 'Pending',
    "state" TEXT NOT NULL DEFAULT 'Pending',
    "cpuMillicores" INTEGER NOT NULL,
    "memoryMb" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContainerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Container" (
    "id" UUID NOT NULL,
    "containerGroupId" UUID NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "image" TEXT NOT NULL,
    "command" JSONB NOT NULL DEFAULT '[]',
    "ports" JSONB NOT NULL DEFAULT '[]',
    "environmentVariables" JSONB NOT NULL DEFAULT '[]',
    "cpu" DOUBLE PRECISION NOT NULL,
    "memoryInGB" DOUBLE PRECISION NOT NULL,
    "lifecycleStage" TEXT NOT NULL DEFAULT 'Waiting',
    "currentState" JSONB,
    "previousState" JSONB,
    "restartCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Container_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Node" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "osType" TEXT NOT NULL DEFAULT 'Linux',
    "cpuCapacityMillicores" INTEGER NOT NULL,
    "memoryCapacityMb" INTEGER NOT NULL,
    "cpuAllocatedMillicores" INTEGER NOT NULL DEFAULT 0,
    "memoryAllocatedMb" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'Ready',
    "lastHeartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "containerGroupId" UUID NOT NULL,
    "nodeId" UUID NOT NULL,
    "cpuMillicores" INTEGER NOT NULL,
    "memoryMb" INTEGER NOT NULL,
    "generation" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "containerGroupId" UUID NOT NULL,
    "containerName" TEXT,
    "name" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'Normal',
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstTimestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastTimestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Operation" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'Pending',
    "subscriptionId" UUID NOT NULL,
    "containerGroupId" UUID,
    "resourceId" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "error" JSONB,
    "startTime" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endTime" TIMESTAMP(3),

    CONSTRAINT "Operation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServicePrincipal" (
    "id" UUID NOT NULL,
    "appId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServicePrincipal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalAccessToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalAccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Subscription_tenantId_idx" ON "Subscription"("tenantId");

-- CreateIndex
CREATE INDEX "RoleAssignment_subscriptionId_idx" ON "RoleAssignment"("subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_principalId_scope_roleName_key" ON "RoleAssignment"("principalId", "scope", "roleName");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceGroup_subscriptionId_nameKey_key" ON "ResourceGroup"("subscriptionId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "ContainerGroup_fqdn_key" ON "ContainerGroup"("fqdn");

-- CreateIndex
CREATE INDEX "ContainerGroup_subscriptionId_idx" ON "ContainerGroup"("subscriptionId");

-- CreateIndex
CREATE INDEX "ContainerGroup_provisioningState_idx" ON "ContainerGroup"("provisioningState");

-- CreateIndex
CREATE UNIQUE INDEX "ContainerGroup_resourceGroupId_name_key" ON "ContainerGroup"("resourceGroupId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Container_containerGroupId_name_key" ON "Container"("containerGroupId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Node_name_key" ON "Node"("name");

-- CreateIndex
CREATE INDEX "Node_region_osType_state_idx" ON "Node"("region", "osType", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_containerGroupId_key" ON "Placement"("containerGroupId");

-- CreateIndex
CREATE INDEX "Placement_nodeId_idx" ON "Placement"("nodeId");

-- CreateIndex
CREATE INDEX "Event_containerGroupId_lastTimestamp_idx" ON "Event"("containerGroupId", "lastTimestamp");

-- CreateIndex
CREATE INDEX "Operation_containerGroupId_idx" ON "Operation"("containerGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "ServicePrincipal_appId_key" ON "ServicePrincipal"("appId");

-- CreateIndex
CREATE INDEX "ServicePrincipal_tenantId_idx" ON "ServicePrincipal"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalAccessToken_tokenHash_key" ON "PersonalAccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PersonalAccessToken_userId_idx" ON "PersonalAccessToken"("userId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceGroup" ADD CONSTRAINT "ResourceGroup_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContainerGroup" ADD CONSTRAINT "ContainerGroup_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContainerGroup" ADD CONSTRAINT "ContainerGroup_resourceGroupId_fkey" FOREIGN KEY ("resourceGroupId") REFERENCES "ResourceGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Container" ADD CONSTRAINT "Container_containerGroupId_fkey" FOREIGN KEY ("containerGroupId") REFERENCES "ContainerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_containerGroupId_fkey" FOREIGN KEY ("containerGroupId") REFERENCES "ContainerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "Node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_containerGroupId_fkey" FOREIGN KEY ("containerGroupId") REFERENCES "ContainerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_containerGroupId_fkey" FOREIGN KEY ("containerGroupId") REFERENCES "ContainerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServicePrincipal" ADD CONSTRAINT "ServicePrincipal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalAccessToken" ADD CONSTRAINT "PersonalAccessToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
