import '@karabakh-aftermath/react/styles.css'
import type { ReactNode } from 'react'

export const metadata = {
  title: 'The Aftermath of the Nagorno-Karabakh Conflict: Next.js example',
  icons: { icon: 'data:,' }, // no favicon request (a 404 in the console)
}

// biome-ignore lint/style/noDefaultExport: Next.js takes a layout as the default export
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
