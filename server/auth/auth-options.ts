// next-auth configuration: email + password (argon2id) sign-in, sessions as signed JWT
// cookies that carry the user's id and tenant.
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { env } from '../env'
import { verifyPassword } from './verify-password'

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null
        const principal = await verifyPassword(credentials.email, credentials.password)
        if (!principal) return null
        return { id: principal.id, email: principal.email, name: principal.displayName, tenantId: principal.tenantId }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id
        token.tenantId = (user as unknown as { tenantId: string }).tenantId
      }
      return token
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub!, tenantId: token.tenantId as string }
      return session
    },
  },
}
