using './main.bicep'

// Copy this file, fill in your values and pass it with --parameters. Never commit secrets:
// give the secure ones on the command line or from Key Vault (see deployment/README.md).
param name = 'careerbot-wm'
param microsoftAppType = 'SingleTenant'
param microsoftAppId = '00000000-0000-0000-0000-000000000000'
param image = 'careerbot:latest'
param instanceCount = 2
param redisSku = 'Standard'
param redisCapacity = 1
param transcriptsEnabled = false
param smsEnabled = false
