// Baton in production: Azure Table Storage, a Linux Web App on Node 24 LTS running `npm start`, and a
// single-tenant Azure Bot with the Microsoft Teams channel pointing at https://<web app>/api/messages.
// The bot's Entra app registration (id + client secret) is created beforehand; see README.md.

targetScope = 'resourceGroup'

@description('Azure region for the storage account, plan and web app. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('Prefix of every resource name (lower-case letters, digits and hyphens).')
@minLength(3)
@maxLength(20)
param namePrefix string = 'baton'

@description('Application (client) id of the bot\'s single-tenant Entra app registration.')
@minLength(36)
@maxLength(36)
param microsoftAppId string

@description('Client secret of that app registration.')
@secure()
param microsoftAppPassword string

@description('Entra tenant id the app registration lives in. Defaults to this subscription\'s tenant.')
param microsoftAppTenantId string = tenant().tenantId

@description('Tenant ids allowed to use Baton, comma-separated, or * for any. Defaults to the app registration\'s tenant.')
param allowedTenants string = microsoftAppTenantId

@description('Time zone offered first in the setup card (IANA id).')
param defaultTimeZone string = 'UTC'

@description('App Service plan SKU. B1 or larger keeps the bot always on; F1 (free) sleeps when idle.')
@allowed([
  'F1'
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. Teams is a standard channel, free on either tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Tags applied to every resource.')
param tags object = {
  app: 'baton'
}

var suffix = uniqueString(resourceGroup().id, namePrefix)
var webAppName = '${namePrefix}-${suffix}'
var planName = '${namePrefix}-plan-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'
// Storage account names: 3-24 lower-case letters and digits, globally unique.
var storageAccountName = take('${toLower(replace(namePrefix, '-', ''))}${suffix}', 24)
var alwaysOn = appServicePlanSku != 'F1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true // the bot authenticates with the account key in its connection string
    accessTier: 'Hot'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {}
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'npm start'
      alwaysOn: alwaysOn
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'MicrosoftAppId'
          value: microsoftAppId
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: microsoftAppTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: microsoftAppPassword
        }
        {
          name: 'AZURE_STORAGE_CONNECTION_STRING'
          value: storageConnectionString
        }
        {
          name: 'BATON_ALLOWED_TENANTS'
          value: allowedTenants
        }
        {
          name: 'BATON_DEFAULT_TIMEZONE'
          value: defaultTimeZone
        }
        {
          // Zip deployments run `npm install` on the server (Oryx), so node_modules need not be uploaded.
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'true'
        }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Baton'
    description: 'Who owns what between your internal IT and your MSP'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: microsoftAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
    }
  }
}

@description('Name of the web app (for `az webapp deploy`).')
output webAppName string = webApp.name

@description('Public host name of the bot: use it as BATON_PUBLIC_HOSTNAME for `npm run package`.')
output publicHostname string = webApp.properties.defaultHostName

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('Name of the storage account holding Baton\'s tables.')
output storageAccountName string = storage.name
