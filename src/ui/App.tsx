export function App() {
  return (
    <main data-testid="app">
      <h1>Swarm network playground</h1>
    </main>
  );
}
