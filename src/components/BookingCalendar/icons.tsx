import React from 'react'

// Inline icons (paths after Lucide, ISC licence): emoji fonts are missing on many servers and kiosks.
const Icon = ({ children, label }: { children: React.ReactNode; label?: string }) => (
  <svg
    aria-hidden={label ? undefined : true}
    aria-label={label}
    className="pb-cal__icon"
    fill="none"
    height="12"
    role={label ? 'img' : undefined}
    stroke="currentColor"
    strokeLinecap="round"
    strokeLinejoin="round"
    strokeWidth="2.2"
    viewBox="0 0 24 24"
    width="12"
  >
    {children}
  </svg>
)

/** The "raised hand" of requests. */
export const RaisedHand = ({ label }: { label?: string }) => (
  <Icon label={label}>
    <path d="M18 11V6a2 2 0 0 0-4 0" />
    <path d="M14 10V4a2 2 0 0 0-4 0v2" />
    <path d="M10 10.5V6a2 2 0 0 0-4 0v8" />
    <path d="M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-6-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15" />
  </Icon>
)

/** A held booking (waiting for the customer to confirm). */
export const Hourglass = ({ label }: { label?: string }) => (
  <Icon label={label}>
    <path d="M5 22h14M5 2h14" />
    <path d="M17 22v-4.17a2 2 0 0 0-.59-1.42L12 12l-4.41 4.41A2 2 0 0 0 7 17.83V22" />
    <path d="M7 2v4.17a2 2 0 0 0 .59 1.42L12 12l4.41-4.41A2 2 0 0 0 17 6.17V2" />
  </Icon>
)

/** A reward booking (paid with loyalty points). */
export const Gift = ({ label }: { label?: string }) => (
  <Icon label={label}>
    <rect height="4" rx="1" width="18" x="3" y="8" />
    <path d="M12 8v13" />
    <path d="M19 12v7a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-7" />
    <path d="M7.5 8a2.5 2.5 0 0 1 0-5A4.8 8 0 0 1 12 8a4.8 8 0 0 1 4.5-5 2.5 2.5 0 0 1 0 5" />
  </Icon>
)
