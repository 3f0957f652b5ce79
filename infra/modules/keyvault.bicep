// Key Vault with Azure RBAC authorisation, soft delete (90 days) and purge protection. It holds the
// three app secrets `llm-api-key`, `llm-api-base` and `auth-api-keys`. A secret is written only when
// its secure parameter is non-empty, so a re-deployment without values never blanks a secret that
// was set after deployment (`az keyvault secret set`, see docs/deploy.md).

@description('Name of the Key Vault (3-24 characters, letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the Key Vault.')
param location string

@description('Tags applied to the Key Vault.')
param tags object = {}

@secure()
@description('Value of the secret llm-api-key (LLM provider key). Empty: leave the secret as it is.')
param llmApiKey string = ''

@secure()
@description('Value of the secret llm-api-base (LLM provider endpoint). Empty: leave the secret as it is.')
param llmApiBase string = ''

@secure()
@description('Value of the secret auth-api-keys (JSON list of API keys with key_sha256 only). Empty: leave the secret as it is.')
param authApiKeys string = ''

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource llmApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(llmApiKey)) {
  parent: vault
  name: 'llm-api-key'
  properties: {
    value: llmApiKey
    contentType: 'text/plain'
  }
}

resource llmApiBaseSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(llmApiBase)) {
  parent: vault
  name: 'llm-api-base'
  properties: {
    value: llmApiBase
    contentType: 'text/plain'
  }
}

resource authApiKeysSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(authApiKeys)) {
  parent: vault
  name: 'auth-api-keys'
  properties: {
    value: authApiKeys
    contentType: 'application/json'
  }
}

@description('Resource id of the Key Vault.')
output id string = vault.id

@description('Name of the Key Vault.')
output name string = vault.name

@description('URI of the Key Vault, ending with a slash (KEY_VAULT_URL).')
output uri string = vault.properties.vaultUri
