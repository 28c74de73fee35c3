'use client'

/** Placeholder: export and anonymise buttons on a customer's edit view. */
export const CustomerDataActions = () => null
