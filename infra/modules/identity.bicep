// User-assigned managed identity: the function app's only identity. It is used for host storage,
// the deployment container, Key Vault (platform references and direct reads), PostgreSQL (Entra
// token login) and Application Insights ingestion (Entra-authenticated telemetry).

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity (site identity, keyVaultReferenceIdentity, deployment storage).')
output id string = identity.id

@description('Name of the identity; also the PostgreSQL role name of the app (DB_USER).')
output name string = identity.name

@description('Client (application) id of the identity (AZURE_CLIENT_ID, AzureWebJobsStorage__clientId).')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity (role assignments, PostgreSQL principal mapping).')
output principalId string = identity.properties.principalId
