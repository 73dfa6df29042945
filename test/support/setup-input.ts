/** What a manager fills in on the setup card: Contoso IT and Fabrikam MSP in New York, the default matrix. */
export const SETUP_CONTOSO = {
  internalName: 'Contoso IT',
  mspName: 'Fabrikam MSP',
  timeZone: 'America/New_York',
  hoursStart: '08:00',
  hoursEnd: '17:00',
  days: '1,2,3,4,5',
  yourSide: 'internal',
  template: 'default',
} as const;
