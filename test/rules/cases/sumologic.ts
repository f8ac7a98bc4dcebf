import type { RuleCase } from '../rule-tester.js';

/**
 * Sumo Logic API and ingestion errors: `{"status","id","code","message"}` bodies as the Terraform
 * provider and sumologic-python-sdk print them, the servlet's HTML 401 pages, the OpenTelemetry exporter.
 * Sources: sumologic.com/help/docs/api/about-apis/getting-started (API errors table, rate limits) and
 * …/troubleshooting; SumoLogic/sumologic-kubernetes-collection #3116, SumoLogic/terraform-provider-sumologic
 * #110 and #465, SumoLogic/sumologic-python-sdk #3 and #93.
 */
export const sumologicCases: RuleCase[] = [
  {
    line: "│ Error: { \"status\" : 401, \"id\" : \"CARV8-GWQGO-44DGK\", \"code\" : \"unauthorized\", \"message\" : \"Credential could not be verified.\" } │ with sumologic_collector.collector, on resources.tf line 1, in resource \"sumologic_collector\" \"collector\":",
    category: 'auth',
    destination: 'sumologic',
    rule: 'sumologic/unauthorized',
    note: 'sumologic-kubernetes-collection #3116: the Terraform setup job’s 401 body (code unauthorized) on a Sumo Logic resource',
  },
  {
    line: "Error: <html> <head> <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/> <title>Error 401 User could not be found.</title> </head> <body><h2>HTTP ERROR 401 User could not be found.</h2> <table> <tr><th>URI:</th><td>/api/v1/fields</td></tr> <tr><th>STATUS:</th><td>401</td></tr> <tr><th>MESSAGE:</th><td>User could not be found.</td></tr> <tr><th>SERVLET:</th><td>rest</td></tr> </table> </body> </html> on fields.tf line 50, in resource \"sumologic_field\" \"service\":",
    category: 'auth',
    destination: 'sumologic',
    rule: 'sumologic/user-not-found',
    note: 'terraform-provider-sumologic #110: the servlet’s HTML 401 for a wrong access ID',
  },
  {
    line: "Error: <html> <head> <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/> <title>Error 401 acp1:user_ip_not_allowlisted</title> </head> <body><h2>HTTP ERROR 401 acp1:user_ip_not_allowlisted</h2> <table> <tr><th>URI:</th><td>/api/v1/fields</td></tr> <tr><th>STATUS:</th><td>401</td></tr> <tr><th>MESSAGE:</th><td>acp1:user_ip_not_allowlisted</td></tr> <tr><th>SERVLET:</th><td>rest</td></tr> </table></body> </html> on fields.tf line 50, in resource \"sumologic_field\" \"service\":",
    category: 'permissions',
    destination: 'sumologic',
    rule: 'sumologic/ip-not-allowlisted',
    note: 'terraform-provider-sumologic #110: the caller’s IP is not on the org’s allowlist (a 401 that is no credential problem)',
  },
  {
    line: "requests.exceptions.HTTPError: 429 Client Error: { \"status\" : 429, \"id\" : \"3R1GD-PB5ZR-L9V6A\", \"code\" : \"rate.limit.exceeded\", \"message\" : \"The API request rate is higher than 4 request per second.\" } for url: https://api.sumologic.com/api/v1/search/jobs",
    category: 'transient',
    destination: 'sumologic',
    rule: 'sumologic/rate-limit',
    note: 'API errors table: 429 rate.limit.exceeded (4 requests a second); sumologic-python-sdk raises requests’ HTTPError with the body',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.sumologic.com/api/v1/partitions\",\"status\":403,\"body\":{\"status\":403,\"id\":\"5GPSG-2ZWPE-MQPN0\",\"code\":\"forbidden\",\"message\":\"This operation is not allowed for your account type.\"}}",
    category: 'plan',
    destination: 'sumologic',
    rule: 'sumologic/account-type',
    note: 'API errors table: 403 forbidden is \'not allowed for your account type\', not a missing role',
  },
  {
    line: "│ Error: {\"id\":\"FAVC1-PVDQK-4V735\",\"errors\":[{\"code\":\"lookup:invalid_request\",\"message\":\"Invalid lookup table request.\",\"detail\":\"Scalable Lookups is not available in your account type.\"}]} │ with sumologic_lookup_table.rf-url-table,",
    category: 'plan',
    destination: 'sumologic',
    rule: 'sumologic/account-type',
    note: 'terraform-provider-sumologic #465: a feature the account type lacks, in the errors[] shape',
  },
  {
    line: "{\"level\":\"error\",\"url\":\"https://api.sumologic.com/api/v1/collectors\",\"status\":301,\"body\":{\"status\":301,\"id\":\"IBCA5-NRG74-ROEI9\",\"code\":\"moved\",\"message\":\"The requested resource SHOULD be accessed through returned URI in Location Header.\"}}",
    category: 'validation',
    destination: 'sumologic',
    rule: 'sumologic/wrong-deployment',
    note: 'API troubleshooting: 301 moved when the endpoint is another deployment’s',
  },
  {
    line: "requests.exceptions.HTTPError: 404 Client Error: { \"status\" : 404, \"id\" : \"2U5U6-YAO5P-DOFTC\", \"code\" : \"notfound\", \"message\" : \"Requested resource could not be found.\" } for url: https://api.sumologic.com/api/v1/collectors/108126093",
    category: 'validation',
    destination: 'sumologic',
    rule: 'sumologic/request',
    note: 'API errors table: 404 notfound (sumologic-python-sdk #93’s HTTPError shape)',
  },
  {
    line: "2024-03-12T08:15:02.113Z\terror\texporterhelper/queue_sender.go:101\tExporting failed. Dropping data.\t{\"kind\": \"exporter\", \"data_type\": \"logs\", \"name\": \"sumologic\", \"error\": \"failed sending data: status: 429 Too Many Requests\", \"dropped_items\": 512}",
    category: 'transient',
    destination: 'sumologic',
    rule: 'http/rate-limit-message',
    note: 'OpenTelemetry sumologic exporter throttled on ingestion: the generic rule decides, the exporter’s name names Sumo Logic',
  },
];
