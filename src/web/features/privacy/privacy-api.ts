/** Every break-the-glass query starts with this key, so one invalidation refreshes them all. */
export const BREAK_GLASS_KEY = ['noodtoegang'] as const;
export const ACTIVE_GRANTS_KEY = ['noodtoegang', 'actief'] as const;
export const MY_REQUESTS_KEY = ['noodtoegang', 'mijn'] as const;
export const TO_DECIDE_KEY = ['noodtoegang', 'verzoeken'] as const;
