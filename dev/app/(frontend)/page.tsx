const Home = () => (
  <main>
    <h1>payload-booking dev site</h1>
    <p>
      <a href="/book">Book an appointment</a>: the public booking page, built from the plugin&apos;s blocks.
    </p>
    <p>
      Manage services, staff, schedules and bookings in the <a href="/admin">admin panel</a>.
    </p>
    <p>
      The public booking API lives under <code>/api/booking/*</code>, e.g.{' '}
      <code>/api/booking/availability?service=1&amp;from=YYYY-MM-DD&amp;to=YYYY-MM-DD</code>.
    </p>
  </main>
)

export default Home
