// PostgreSQL Flexible Server with Microsoft Entra authentication only (password authentication
// disabled), TLS required, the application database and the Entra administrator.
// Public access is limited by firewall rules: "Allow Azure services" (0.0.0.0), because Flex
// Consumption outbound addresses are not fixed, plus an optional operator address for psql.

@description('Name of the PostgreSQL Flexible Server.')
param name string

@description('Azure region of the server.')
param location string

@description('Tags applied to the server.')
param tags object = {}

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param version string = '16'

@description('Compute SKU name, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string = 'Standard_B1ms'

@description('Compute tier matching skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string = 'Burstable'

@description('Storage size in GiB.')
@minValue(32)
param storageSizeGB int = 32

@description('Backup retention in days.')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

@description('High availability mode (ZoneRedundant/SameZone need a GeneralPurpose or MemoryOptimized tier).')
@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param highAvailabilityMode string = 'Disabled'

@description('Name of the application database.')
param databaseName string = 'qfa'

@description('Object id of the Entra principal that becomes PostgreSQL administrator. Empty: no administrator is created (add one before mapping the app identity).')
param adminObjectId string = ''

@description('Display name of the Entra administrator (group name, user principal name or service principal name); it is also the psql user name.')
param adminPrincipalName string = ''

@description('Kind of the Entra administrator.')
@allowed([
  'Group'
  'User'
  'ServicePrincipal'
])
param adminPrincipalType string = 'Group'

@description('Optional public IPv4 address of an operator allowed through the firewall (psql for the role mapping). Empty: no rule.')
param operatorIpAddress string = ''

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: subscription().tenantId
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: highAvailabilityMode
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// Child resources of one server must not be written concurrently (the server rejects parallel
// operations), so they are chained with dependsOn: administrator, TLS setting, firewall, database.

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (!empty(adminObjectId)) {
  parent: server
  name: adminObjectId
  properties: {
    principalName: adminPrincipalName
    principalType: adminPrincipalType
    tenantId: subscription().tenantId
  }
}

resource requireSecureTransport 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: server
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
  dependsOn: [
    administrator
  ]
}

resource minimumTlsVersion 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: server
  name: 'ssl_min_protocol_version'
  properties: {
    value: 'TLSv1.2'
    source: 'user-override'
  }
  dependsOn: [
    requireSecureTransport
  ]
}

resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    minimumTlsVersion
  ]
}

resource allowOperator 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (!empty(operatorIpAddress)) {
  parent: server
  name: 'AllowOperator'
  properties: {
    startIpAddress: operatorIpAddress
    endIpAddress: operatorIpAddress
  }
  dependsOn: [
    allowAzureServices
  ]
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    allowAzureServices
    allowOperator
  ]
}

@description('Resource id of the server.')
output id string = server.id

@description('Name of the server.')
output name string = server.name

@description('Fully qualified domain name of the server (DB_HOST).')
output fqdn string = server.properties.fullyQualifiedDomainName

@description('Name of the application database (DB_NAME).')
output databaseName string = database.name
