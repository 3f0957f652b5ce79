"""Structural assertions on the parsed Bicep files (docs/deploy.md)."""

from __future__ import annotations

import re

import pytest

from tests.infra import bicep_model as bm

SECRET_NAMES = {"LLM_API_KEY": "llm-api-key", "LLM_API_BASE": "llm-api-base", "AUTH_API_KEYS": "auth-api-keys"}
KV_REFERENCE = re.compile(r"^@Microsoft\.KeyVault\(SecretUri=\$\{keyVaultUri\}secrets/(?P<name>[a-z0-9-]+)\)$")


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app():
    return bm.module_doc("functionapp")


@pytest.fixture(scope="module")
def site(app):
    return bm.only_resource(app, "Microsoft.Web/sites")


@pytest.fixture(scope="module")
def app_settings(app, site) -> dict:
    """The object literal of the `appsettings` config resource: the last argument of union()."""
    configs = [r for r in bm.resources(app, "Microsoft.Web/sites/config").values() if r.config.get("name") == "appsettings"]
    assert len(configs) == 1, "exactly one appsettings config resource"
    config = configs[0]
    assert config.config.get("parent") == site.symbol, "appsettings must belong to the site"
    props = config.config["properties"]
    if "function" in props:
        fn = props["function"]
        assert fn["type"] == "union", "app settings are union(extraAppSettings, {...})"
        args = list(fn["parameters"].values())
        # The template's own settings come last so extra settings can never replace them.
        assert isinstance(args[-1], dict) and args[-1], "the defined settings must be the last union() argument"
        assert all(isinstance(a, str) for a in args[:-1]), "only parameters may precede the defined settings"
        return args[-1]
    return props


# --- function app ------------------------------------------------------------------------------


def test_plan_is_flex_consumption_linux(app):
    plan = bm.only_resource(app, "Microsoft.Web/serverfarms")
    assert plan.config["sku"] == {"name": "FC1", "tier": "FlexConsumption"}
    assert plan.properties.get("reserved") is True, "Linux plan needs reserved: true"
    assert bm.api_version_at_least(plan, "2024-04-01")


def test_site_is_a_linux_function_app_on_the_plan(app, site):
    plan = bm.only_resource(app, "Microsoft.Web/serverfarms")
    assert site.config["kind"] == "functionapp,linux"
    assert bm.api_version_at_least(site, "2024-04-01"), "functionAppConfig needs 2023-12-01 or later"
    assert bm.render(site.properties["serverFarmId"]) == f"{plan.symbol}.id"


def test_site_uses_only_the_user_assigned_identity(site):
    identity = site.config["identity"]
    assert identity["type"] == "UserAssigned", "no system-assigned identity"
    keys = list(identity["userAssignedIdentities"])
    assert [k.strip("'") for k in keys] == ["${identityId}"]


def test_key_vault_reference_identity_is_the_uami(site):
    assert site.properties.get("keyVaultReferenceIdentity") == "identityId"


def test_https_only_tls12_ftps_disabled(site):
    assert site.properties.get("httpsOnly") is True
    site_config = site.properties["siteConfig"]
    assert site_config.get("minTlsVersion") == "1.2"
    assert site_config.get("scmMinTlsVersion", "1.2") == "1.2"
    assert site_config.get("ftpsState") == "Disabled"
    assert site_config.get("remoteDebuggingEnabled", False) is False
    assert "appSettings" not in site_config, "app settings live in the appsettings config resource only"


def test_basic_publishing_credentials_disabled(app, site):
    policies = bm.resources(app, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").values()
    by_name = {p.config["name"]: p for p in policies}
    assert set(by_name) == {"ftp", "scm"}
    for policy in by_name.values():
        assert policy.config.get("parent") == site.symbol
        assert policy.properties == {"allow": False}


def test_function_app_config_runtime_and_deployment(site):
    fac = site.properties["functionAppConfig"]
    assert fac["runtime"] == {"name": "python", "version": "3.13"}
    storage = fac["deployment"]["storage"]
    assert storage["type"] == "blobContainer"
    assert storage["value"] == "${storageBlobEndpoint}${deploymentContainerName}"
    assert storage["authentication"] == {"type": "UserAssignedIdentity", "userAssignedIdentityResourceId": "identityId"}
    assert bm.effective_default("functionapp", "deploymentContainerName") == "storage.outputs.deploymentContainerName"
    assert bm.module_doc("storage")["parameters"]["deploymentContainerName"]["default"] == "deployments"


def test_scale_and_concurrency(site):
    scale = site.properties["functionAppConfig"]["scaleAndConcurrency"]
    assert scale["instanceMemoryMB"] == "instanceMemoryMB"
    assert bm.effective_default("functionapp", "instanceMemoryMB") == 2048
    assert scale["maximumInstanceCount"] == "maximumInstanceCount"
    assert bm.effective_default("functionapp", "maximumInstanceCount") == 40
    assert scale["triggers"] == {"http": {"perInstanceConcurrency": "httpPerInstanceConcurrency"}}
    assert bm.effective_default("functionapp", "httpPerInstanceConcurrency") == 16
    # always ready: [{name: 'http', instanceCount}] only when the count is > 0; default 0
    assert bm.render(scale["alwaysReady"]) == (
        "((alwaysReadyInstanceCount > 0) ? [{name: http, instanceCount: alwaysReadyInstanceCount}] : [])"
    )
    assert bm.effective_default("functionapp", "alwaysReadyInstanceCount") == 0


# --- app settings ---------------------------------------------------------------------------


def test_secrets_are_versionless_key_vault_references(app_settings):
    for setting, secret in SECRET_NAMES.items():
        value = app_settings.get(setting)
        assert isinstance(value, str), f"{setting} missing"
        match = KV_REFERENCE.match(value)
        assert match, f"{setting} must be @Microsoft.KeyVault(SecretUri=<vault uri>secrets/<name>), got {value!r}"
        assert match["name"] == secret


def test_key_vault_references_point_at_secrets_the_vault_module_creates(app_settings):
    vault_secrets = {r.config["name"] for r in bm.resources(bm.module_doc("keyvault"), "Microsoft.KeyVault/vaults/secrets").values()}
    referenced = {KV_REFERENCE.match(v)["name"] for v in app_settings.values() if isinstance(v, str) and KV_REFERENCE.match(v)}
    assert referenced == set(SECRET_NAMES.values())
    assert referenced <= vault_secrets


def test_no_secret_in_plain_app_settings(app, app_settings):
    # The module receives no secret at all...
    assert not bm.secure_params(app), "functionapp.bicep must not take secure parameters"
    # ...and main.bicep hands none of its secure parameters to it.
    main = bm.main_doc()
    passed = bm.modules(main)[bm.module_symbol_for("functionapp")]["params"]
    leaked = {name for name, value in passed.items() if bm.references(value) & bm.secure_params(main)}
    assert not leaked, f"secure values passed to the function app: {sorted(leaked)}"
    # Every setting whose name suggests a secret is a Key Vault reference.
    for name, value in app_settings.items():
        if re.search(r"KEY(S)?$|SECRET|PASSWORD|TOKEN|^DB_URL$", name, re.IGNORECASE) and name != "KEY_VAULT_URL":
            assert isinstance(value, str) and KV_REFERENCE.match(value), f"{name} must be a Key Vault reference"
    assert "DB_PASSWORD" not in app_settings and "DB_URL" not in app_settings


def test_settings_flex_consumption_rejects_are_absent(app_settings):
    # Flex Consumption sets the runtime in functionAppConfig and deploys from the blob container.
    for name in ("FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
                 "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "AzureWebJobsStorage"):
        assert name not in app_settings, f"{name} must not be set on Flex Consumption"


def test_identity_based_host_storage_and_telemetry(app_settings):
    assert app_settings["AzureWebJobsStorage__credential"] == "managedidentity"
    assert app_settings["AzureWebJobsStorage__accountName"] == "storageAccountName"
    assert app_settings["AzureWebJobsStorage__clientId"] == "identityClientId"
    assert app_settings["AZURE_CLIENT_ID"] == "identityClientId"
    assert app_settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] == "ClientId=${identityClientId};Authorization=AAD"
    assert app_settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] == "appInsightsConnectionString"
    assert app_settings["KEY_VAULT_URL"] == "keyVaultUri"
    main = bm.modules(bm.main_doc())[bm.module_symbol_for("functionapp")]["params"]
    assert bm.render(main["identityClientId"]) == "identity.outputs.clientId"
    assert bm.render(main["identityId"]) == "identity.outputs.id"
    assert bm.render(main["keyVaultUri"]) == "keyVault.outputs.uri"
    assert bm.render(main["appInsightsConnectionString"]) == "monitoring.outputs.appInsightsConnectionString"


def test_database_settings(app_settings):
    assert app_settings["DB_HOST"] == "postgresFqdn"
    assert app_settings["DB_PORT"] == "5432"
    assert app_settings["DB_NAME"] == "databaseName"
    assert app_settings["DB_USER"] == "identityName", "the PostgreSQL role is named after the identity"
    assert app_settings["DB_AUTH_MODE"] == "entra"
    assert app_settings["DB_AAD_SCOPE"] == "dbAadScope"
    assert bm.module_doc("functionapp")["parameters"]["dbAadScope"]["default"] == (
        "https://ossrdbms-aad.database.windows.net/.default"
    )
    assert app_settings["DB_MIGRATE_ON_START"] == "true"
    main = bm.modules(bm.main_doc())[bm.module_symbol_for("functionapp")]["params"]
    assert bm.render(main["postgresFqdn"]) == "postgres.outputs.fqdn"
    assert bm.render(main["identityName"]) == "identity.outputs.name"
    assert bm.render(main["databaseName"]) == "postgres.outputs.databaseName"
    assert bm.effective_default("postgres", "databaseName") == "qfa"


def test_other_settings(app_settings):
    assert app_settings["USAGE_TRACKING"] == "on"
    assert app_settings["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"
    assert app_settings["LOG_LEVEL"] == "logLevel"
    assert bm.effective_default("functionapp", "logLevel") == "INFO"
    assert app_settings["LLM_MODEL"] == "llmModel"
    assert bm.effective_default("functionapp", "llmModel") == "azure/gpt-5.4"
    assert app_settings["LLM_API_VERSION"] == "llmApiVersion"


def test_every_app_setting_value_is_a_string_or_a_reference(app_settings):
    # App settings are strings; a bare int/bool literal would fail the deployment.
    for name, value in app_settings.items():
        assert isinstance(value, (str, dict)), f"{name} is {type(value).__name__}"


# --- storage -------------------------------------------------------------------------------------


def test_storage_account_is_identity_only_and_tls12():
    doc = bm.module_doc("storage")
    account = bm.only_resource(doc, "Microsoft.Storage/storageAccounts")
    assert account.config["kind"] == "StorageV2"
    assert account.config["sku"] == {"name": "Standard_LRS"}
    props = account.properties
    assert props["allowSharedKeyAccess"] is False
    assert props["minimumTlsVersion"] == "TLS1_2"
    assert props["allowBlobPublicAccess"] is False
    assert props["supportsHttpsTrafficOnly"] is True
    container = bm.only_resource(doc, "Microsoft.Storage/storageAccounts/blobServices/containers")
    assert container.config["name"] == "deploymentContainerName"
    assert container.properties.get("publicAccess") == "None"


# --- Key Vault -----------------------------------------------------------------------------------


def test_key_vault_rbac_soft_delete_purge_protection():
    vault = bm.only_resource(bm.module_doc("keyvault"), "Microsoft.KeyVault/vaults")
    props = vault.properties
    assert props["enableRbacAuthorization"] is True
    assert props["enablePurgeProtection"] is True
    assert props["enableSoftDelete"] is True
    assert props["softDeleteRetentionInDays"] == 90
    assert props["sku"]["name"] == "standard"
    assert "accessPolicies" not in props, "RBAC only"


def test_secrets_are_written_only_when_given():
    doc = bm.module_doc("keyvault")
    secure = bm.secure_params(doc)
    secrets = bm.resources(doc, "Microsoft.KeyVault/vaults/secrets")
    assert {s.config["name"] for s in secrets.values()} == set(SECRET_NAMES.values())
    for secret in secrets.values():
        value = secret.properties["value"]
        assert value in secure, f"{secret.config['name']} must take its value from a @secure() parameter"
        assert bm.render(secret.condition) == f"!empty({value})", f"{secret.config['name']} must be conditional"
        assert secret.properties.get("contentType"), f"{secret.config['name']} needs a contentType"
        assert bm.module_doc("keyvault")["parameters"][value]["default"] == ""


# --- PostgreSQL ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg():
    return bm.module_doc("postgres")


def test_postgres_entra_only(pg):
    server = bm.only_resource(pg, "Microsoft.DBforPostgreSQL/flexibleServers")
    assert bm.api_version_at_least(server, "2024-08-01")
    auth = server.properties["authConfig"]
    assert auth["passwordAuth"] == "Disabled"
    assert auth["activeDirectoryAuth"] == "Enabled"
    assert "tenantId" in auth
    assert "administratorLogin" not in server.properties
    assert "administratorLoginPassword" not in server.properties
    assert not bm.secure_params(pg), "no password parameter"
    assert bm.effective_default("postgres", "version") == "16"
    assert bm.effective_default("postgres", "skuName") == "Standard_B1ms"
    assert bm.effective_default("postgres", "skuTier") == "Burstable"
    assert bm.effective_default("postgres", "storageSizeGB") == 32
    assert bm.effective_default("postgres", "backupRetentionDays") == 14
    assert bm.effective_default("postgres", "highAvailabilityMode") == "Disabled"


def test_postgres_tls_required(pg):
    configs = {r.config["name"]: r for r in bm.resources(pg, "Microsoft.DBforPostgreSQL/flexibleServers/configurations").values()}
    assert configs["require_secure_transport"].properties["value"] == "on"
    assert configs["ssl_min_protocol_version"].properties["value"] == "TLSv1.2"


def test_postgres_database_and_firewall(pg):
    db = bm.only_resource(pg, "Microsoft.DBforPostgreSQL/flexibleServers/databases")
    assert db.config["name"] == "databaseName"
    assert db.properties["charset"] == "UTF8"
    rules = {r.config["name"]: r for r in bm.resources(pg, "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules").values()}
    azure = [r for r in rules.values() if r.properties == {"startIpAddress": "0.0.0.0", "endIpAddress": "0.0.0.0"}]
    assert len(azure) == 1 and azure[0].condition is None, "the Allow-Azure-services rule (0.0.0.0)"
    others = [r for r in rules.values() if r not in azure]
    for rule in others:
        assert rule.condition is not None, "any other rule is optional"
        assert rule.properties["startIpAddress"] != "0.0.0.0" and "255.255.255.255" not in bm.render(rule.properties)


def test_postgres_entra_administrator(pg):
    admin = bm.only_resource(pg, "Microsoft.DBforPostgreSQL/flexibleServers/administrators")
    server = bm.only_resource(pg, "Microsoft.DBforPostgreSQL/flexibleServers")
    assert admin.config["parent"] == server.symbol, "created after (as a child of) the server"
    assert admin.config["name"] == "adminObjectId"
    assert admin.properties["principalName"] == "adminPrincipalName"
    assert admin.properties["principalType"] == "adminPrincipalType"
    assert bm.decorators(pg["parameters"]["adminPrincipalType"])["allowed"] == ["Group", "User", "ServicePrincipal"]
    main = bm.modules(bm.main_doc())[bm.module_symbol_for("postgres")]["params"]
    assert main["adminObjectId"] == "postgresAdminObjectId"
    assert main["adminPrincipalName"] == "postgresAdminName"
    assert main["adminPrincipalType"] == "postgresAdminType"


# --- monitoring --------------------------------------------------------------------------------


def test_workspace_based_app_insights_without_local_auth():
    doc = bm.module_doc("monitoring")
    workspace = bm.only_resource(doc, "Microsoft.OperationalInsights/workspaces")
    assert workspace.properties["sku"] == {"name": "PerGB2018"}
    assert bm.effective_default("monitoring", "retentionInDays") == 30
    appi = bm.only_resource(doc, "Microsoft.Insights/components")
    assert bm.render(appi.properties["WorkspaceResourceId"]) == f"{workspace.symbol}.id"
    assert appi.properties["DisableLocalAuth"] is True


# --- role assignments ----------------------------------------------------------------------------

ROLE_IDS = {
    "b7e6dc6d-f1e8-4753-8033-0f276bb0955b": ("Storage Blob Data Owner", "Microsoft.Storage/storageAccounts"),
    "974c5e8b-45b9-4653-ba55-5f855dd0fb88": ("Storage Queue Data Contributor", "Microsoft.Storage/storageAccounts"),
    "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3": ("Storage Table Data Contributor", "Microsoft.Storage/storageAccounts"),
    "4633458b-17de-408a-b874-0445c86b69e6": ("Key Vault Secrets User", "Microsoft.KeyVault/vaults"),
    "3913510d-42f4-4e42-8a64-420c390055eb": ("Monitoring Metrics Publisher", "Microsoft.Insights/components"),
}
SECRETS_OFFICER = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7"


def test_role_assignments_for_the_app_identity():
    doc = bm.module_doc("roles")
    variables = doc["variables"]
    all_resources = bm.resources(doc)
    role_of_var = {}
    for name, decl in variables.items():
        rendered = bm.render(decl["value"])
        match = re.fullmatch(r"subscriptionResourceId\(Microsoft\.Authorization/roleDefinitions, ([0-9a-f-]{36})\)", rendered)
        if match:
            role_of_var[name] = match.group(1)

    granted = {}
    for ra in bm.resources(doc, "Microsoft.Authorization/roleAssignments").values():
        props = ra.properties
        role_var = props["roleDefinitionId"]
        assert role_var in role_of_var, f"{ra.symbol}: roleDefinitionId must be a built-in role variable"
        scope = ra.config["scope"]
        # deterministic name: guid(<scope>.id, <principal>, <roleDefinitionId>)
        assert bm.render(ra.config["name"]) == f"guid({scope}.id, {props['principalId']}, {role_var})", ra.symbol
        scope_type = all_resources[scope].type
        granted[(role_of_var[role_var], props["principalId"])] = (scope_type, props["principalType"], ra.condition)

    for role_id, (role_name, scope_type) in ROLE_IDS.items():
        assert (role_id, "principalId") in granted, f"app identity lacks {role_name}"
        got_scope, principal_type, condition = granted[(role_id, "principalId")]
        assert got_scope == scope_type, f"{role_name} must be scoped to the {scope_type}"
        assert principal_type == "ServicePrincipal"
        assert condition is None
    # Key Vault Secrets Officer is optional and only for the deployer.
    assert (SECRETS_OFFICER, "principalId") not in granted
    officer = granted.get((SECRETS_OFFICER, "deployerPrincipalId"))
    assert officer and officer[0] == "Microsoft.KeyVault/vaults" and bm.render(officer[2]) == "!empty(deployerPrincipalId)"

    main = bm.modules(bm.main_doc())[bm.module_symbol_for("roles")]["params"]
    assert bm.render(main["principalId"]) == "identity.outputs.principalId"


def test_function_app_waits_for_its_roles():
    main = bm.modules(bm.main_doc())
    app = main[bm.module_symbol_for("functionapp")]["config"]
    assert bm.module_symbol_for("roles") in (app.get("dependsOn") or [])


# --- alerts ---------------------------------------------------------------------------------------


def test_alert_rules():
    doc = bm.module_doc("alerts")
    rules = bm.resources(doc, "Microsoft.Insights/scheduledQueryRules")
    assert len(rules) == 4
    action_group = bm.only_resource(doc, "Microsoft.Insights/actionGroups")
    by_query = {}
    for rule in rules.values():
        props = rule.properties
        assert props["evaluationFrequency"] == "PT5M"
        assert props["windowSize"] == "PT15M"
        assert props["enabled"] is True
        assert props["scopes"] == ["appInsightsId"]
        assert [bm.render(a) for a in props["actions"]["actionGroups"]] == [f"{action_group.symbol}.id"]
        (criterion,) = props["criteria"]["allOf"]
        assert criterion["metricMeasureColumn"] in criterion["query"], "the measured column comes from the query"
        by_query[criterion["query"]] = criterion

    def find(*needles):
        hits = [c for q, c in by_query.items() if all(n in q for n in needles)]
        assert len(hits) == 1, f"one alert query containing {needles}"
        return hits[0]

    http5xx = find("requests", "resultCode", ">= 500", "total >= ${http5xxMinRequests}")
    assert http5xx["threshold"] == "http5xxPercentThreshold"
    assert bm.effective_default("alerts", "http5xxPercentThreshold") == 5
    assert bm.effective_default("alerts", "http5xxMinRequests") == 10
    p95 = find("requests", "percentile(duration, 95)", "/v1/health")
    assert p95["threshold"] == "p95DurationSecondsThreshold"
    assert bm.effective_default("alerts", "p95DurationSecondsThreshold") == 150
    llm = find("traces", "event=llm_call", "status=error")
    assert llm["threshold"] == "llmFailureThreshold"
    assert bm.effective_default("alerts", "llmFailureThreshold") == 10
    budget = find("traces", "event=budget_warning", "tenant_id=")
    assert budget["threshold"] == 0 and budget["dimensions"][0]["name"] == "tenant"


# --- outputs --------------------------------------------------------------------------------------


def test_main_outputs():
    outputs = bm.main_doc()["outputs"]
    expected = {
        "functionAppName": "functionApp.outputs.name",
        "functionAppUrl": "functionApp.outputs.url",
        "keyVaultName": "keyVault.outputs.name",
        "keyVaultUri": "keyVault.outputs.uri",
        "postgresFqdn": "postgres.outputs.fqdn",
        "identityName": "identity.outputs.name",
        "identityClientId": "identity.outputs.clientId",
        "identityPrincipalId": "identity.outputs.principalId",
    }
    for name, value in expected.items():
        assert name in outputs, f"output {name} missing"
        assert bm.render(outputs[name]["value"]) == value
    url = bm.module_doc("functionapp")["outputs"]["url"]["value"]
    assert url == "https://${site.properties.defaultHostName}"


def test_outputs_hold_no_secrets():
    for path in bm.bicep_files():
        doc = bm.parse(path)
        secure = bm.secure_params(doc)
        for name, decl in (doc.get("outputs") or {}).items():
            assert not (bm.references(decl["value"]) & secure), f"{path.name}: output {name} exposes a secure parameter"
            assert "listKeys" not in bm.render(decl["value"]) and "list_keys" not in bm.render(decl["value"])
