// A Stop pressed in the panel. The host may have sent its final message before the stop reached
// it (an outside tester pressed Stop at 81 % and the card ended as done, with text it had not
// shown): the card keeps what it showed when Stop was pressed, ends as stopped, and the focus
// stays in it (it fell to the panel's body, found from outside).

/** The cards whose Stop was pressed, with how much text each showed then. */
const pressed = new Map<string, number>();

/** Stop pressed on a card that showed `shown` characters. */
export function pressStop(requestId: string, shown: number): void {
    pressed.set(requestId, shown);
}

/** How much a card showed when its Stop was pressed, `undefined` when it was not. */
export function shownAtStop(requestId: string): number | undefined {
    return pressed.get(requestId);
}

/** The card ended: whether its Stop had been pressed (forgotten now). */
export function takeStop(requestId: string): boolean {
    return pressed.delete(requestId);
}
