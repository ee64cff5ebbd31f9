// CareerBot on Azure: App Service (Linux container) + Azure Cache for Redis + Azure Bot with the
// Web Chat, Direct Line, Teams and Twilio SMS channels. Deploy with the az commands in deployment/README.md.

targetScope = 'resourceGroup'

@description('Short lower-case name used to build resource names, e.g. careerbot-wm.')
@minLength(3)
@maxLength(20)
param name string

@description('Azure region for the app, Redis and the registry.')
param location string = resourceGroup().location

@description('How the bot signs in to the Bot Framework. New bots should use SingleTenant or UserAssignedMSI.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
  'MultiTenant'
])
param microsoftAppType string = 'SingleTenant'

@description('The bot\'s Microsoft Entra app (client) id. Ignored for UserAssignedMSI: the identity created here is used.')
param microsoftAppId string = ''

@secure()
@description('The client secret of that app registration (not used for UserAssignedMSI).')
param microsoftAppPassword string = ''

@description('Tenant of the app registration (SingleTenant and UserAssignedMSI).')
param microsoftAppTenantId string = subscription().tenantId

@description('Container image in the registry created here, e.g. careerbot:2026-11-22.')
param image string = 'careerbot:latest'

@description('App Service plan size. P0v3 or above gives the bot enough memory and always-on.')
param appServiceSku string = 'P0v3'

@description('How many instances serve the bot. State is in Redis, so any number works.')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

@description('Azure Cache for Redis size: Basic C0 for a pilot, Standard C1 (replicated) for live service.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param redisSku string = 'Standard'

@description('Redis capacity (0-6 for Basic/Standard).')
param redisCapacity int = 1

@secure()
@description('Key for the advisers\' insight page at /insights. Empty hides the page.')
param insightsKey string = ''

@secure()
@description('Key that signs the chat page\'s Direct Line tokens; every instance shares it. The default is random per deployment (open chats then need a page refresh after a redeploy).')
param directLineTokenSecret string = '${newGuid()}${newGuid()}'

@description('Write scrubbed conversation transcripts for advisers to /home/data/transcripts.')
param transcriptsEnabled bool = false

@description('Azure Bot pricing tier. F0 is free with limited premium channel messages.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('Turn on the Twilio SMS channel (needs the three Twilio values below).')
param smsEnabled bool = false

@description('Twilio phone number in E.164 form, e.g. +441214960000.')
param twilioPhoneNumber string = ''

@description('Twilio account SID.')
param twilioAccountSid string = ''

@secure()
@description('Twilio auth token.')
param twilioAuthToken string = ''

var suffix = uniqueString(resourceGroup().id, name)
var registryName = 'cr${suffix}${take(replace(name, '-', ''), 20)}'
var appName = '${name}-${suffix}'
var isMsi = microsoftAppType == 'UserAssignedMSI'
var appId = isMsi ? botIdentity.properties.clientId : microsoftAppId

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

// The identity the web app pulls images with, and (for UserAssignedMSI) the bot's own identity.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

var acrPullRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, botIdentity.id, acrPullRole)
  scope: registry
  properties: {
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: acrPullRole
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${name}-redis-${suffix}'
  location: location
  properties: {
    sku: {
      name: redisSku
      family: redisSku == 'Premium' ? 'P' : 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisConfiguration: {
      'maxmemory-policy': 'noeviction'
    }
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var redisConnection = '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registry.properties.loginServer}/${image}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: botIdentity.properties.clientId
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: isMsi ? '' : microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'Storage__Kind', value: 'redis' }
        { name: 'Storage__Redis', value: redisConnection }
        { name: 'Insights__Key', value: insightsKey }
        { name: 'DirectLine__TokenSecret', value: directLineTokenSecret }
        { name: 'Insights__DatabasePath', value: '/home/data/insights.db' }
        { name: 'Transcripts__Folder', value: transcriptsEnabled ? '/home/data/transcripts' : '' }
      ]
    }
  }
  dependsOn: [
    acrPull
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'CareerBot'
    description: 'Health and care jobs and free courses in the West Midlands, in simple English.'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: appId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: isMsi ? botIdentity.id : ''
    disableLocalAuth: false
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: [
            'https://${app.properties.defaultHostName}'
          ]
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource sms 'Microsoft.BotService/botServices/channels@2022-09-15' = if (smsEnabled) {
  parent: bot
  name: 'SmsChannel'
  location: 'global'
  properties: {
    channelName: 'SmsChannel'
    properties: {
      phone: twilioPhoneNumber
      accountSID: twilioAccountSid
      authToken: twilioAuthToken
      isEnabled: true
      isValidated: false
    }
  }
}

@description('The web app\'s address; Web Chat and the insight page are served from it.')
output appUrl string = 'https://${app.properties.defaultHostName}'

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Registry to push the image to (az acr build --registry).')
output registryName string = registry.name

output webAppName string = app.name
output botName string = bot.name

@description('The app id the bot runs as (the managed identity\'s client id for UserAssignedMSI).')
output microsoftAppId string = appId
