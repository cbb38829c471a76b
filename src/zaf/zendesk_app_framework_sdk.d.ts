// The SDK ships no types; `zaf/sdk.ts` describes the part Seat Review uses.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: unknown;
  export default ZAFClient;
}
