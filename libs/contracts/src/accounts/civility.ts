/** How a mail greets a person ("Bonjour Monsieur Teng", seed 000). */
export enum Civility {
  Mr = 'mr',
  Mrs = 'mrs',
}
