// Action group and log alert rules on Application Insights, evaluated every 5 minutes over the
// last 15 minutes:
//   - HTTP 5xx rate above a percentage, only when there were enough requests;
//   - p95 request duration above a threshold (health checks excluded);
//   - `event=llm_call ... status=error` log events above a count;
//   - `event=budget_warning` log events (a tenant reached 80 % of its monthly budget), per tenant.

@description('Prefix of the alert resource names.')
param namePrefix string

@description('Azure region of the alert rules.')
param location string

@description('Tags applied to the alert resources.')
param tags object = {}

@description('Resource id of the Application Insights component the rules query.')
param appInsightsId string

@description('Severity of the alert on tenants at 80 % of their monthly budget (0 critical … 4 verbose).')
@minValue(0)
@maxValue(4)
param budgetWarningSeverity int = 3

@description('Optional e-mail address notified by the action group. Empty: the action group has no receivers.')
param alertEmail string = ''

@description('Alert when the share of HTTP 5xx responses exceeds this percentage.')
@minValue(1)
@maxValue(100)
param http5xxPercentThreshold int = 5

@description('Minimum number of requests in the window before the 5xx rate is evaluated.')
@minValue(1)
param http5xxMinRequests int = 10

@description('Alert when the p95 request duration exceeds this many seconds.')
@minValue(1)
param p95DurationSecondsThreshold int = 150

@description('Alert when more than this many failed LLM calls are logged in the window.')
@minValue(0)
param llmFailureThreshold int = 10

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${namePrefix}'
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: 'qfa-alerts'
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [
      {
        name: 'ops-email'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

resource http5xxRate 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-http-5xx-rate'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'QFA: HTTP 5xx rate above ${http5xxPercentThreshold}%'
    description: 'Share of requests answered with a 5xx status over the last 15 minutes (at least ${http5xxMinRequests} requests).'
    severity: 1
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      appInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: 'requests | summarize total = count(), failed = countif(toint(resultCode) >= 500) | where total >= ${http5xxMinRequests} | extend failedPercent = 100.0 * todouble(failed) / todouble(total) | project failedPercent'
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'failedPercent'
          operator: 'GreaterThan'
          threshold: http5xxPercentThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

resource p95Duration 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-p95-duration'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'QFA: p95 request duration above ${p95DurationSecondsThreshold} s'
    description: '95th percentile of request durations over the last 15 minutes, health checks excluded.'
    severity: 2
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      appInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: 'requests | where name != "health" and url !has "/v1/health" | summarize p95DurationSeconds = percentile(duration, 95) / 1000.0 | where isnotnull(p95DurationSeconds) | project p95DurationSeconds'
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'p95DurationSeconds'
          operator: 'GreaterThan'
          threshold: p95DurationSecondsThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

resource llmFailures 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-llm-failures'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'QFA: more than ${llmFailureThreshold} failed LLM calls'
    description: 'Count of event=llm_call log lines with status=error over the last 15 minutes.'
    severity: 2
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      appInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: 'traces | where message has "event=llm_call" and message matches regex "(^| )status=error( |$)" | summarize failures = count() | project failures'
          timeAggregation: 'Total'
          metricMeasureColumn: 'failures'
          operator: 'GreaterThan'
          threshold: llmFailureThreshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

// An instance logs the warning once per tenant and month, so one line is enough; the rule reports the
// tenants (the request's bound tenant_id field) that crossed 80 % in the window.
resource budgetWarning 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-${namePrefix}-budget-warning'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'QFA: a tenant used 80 % of its monthly budget'
    description: 'event=budget_warning log lines over the last 15 minutes; at 100 % the tenant gets 429 budget_exceeded until next month.'
    severity: budgetWarningSeverity
    enabled: true
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    scopes: [
      appInsightsId
    ]
    criteria: {
      allOf: [
        {
          query: 'traces | where message has "event=budget_warning" | extend tenant = extract("(^| )tenant_id=([^ ]+)", 2, message) | summarize warnings = count() by tenant | project tenant, warnings'
          timeAggregation: 'Total'
          metricMeasureColumn: 'warnings'
          dimensions: [
            {
              name: 'tenant'
              operator: 'Include'
              values: [
                '*'
              ]
            }
          ]
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: false
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

@description('Resource id of the action group.')
output actionGroupId string = actionGroup.id
