import type { Locator, Page } from 'playwright-core';

/** The name the emulator gives the bot under test (its default configuration). */
export const EMULATOR_BOT_NAME = 'Test Bot';

/**
 * What a user does in Microsoft's Teams emulator (m365agentsplayground 0.2.28), as locators and steps.
 * Found by exploring its DOM: conversations are `treeitem`s, each post in a channel is a `group`, cards
 * are rendered by the Adaptive Cards renderer (`.ac-adaptiveCard`), message boxes are Lexical editors.
 */
export class EmulatorPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Opens the emulator and waits until its UI (a message box) is ready. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('[role="textbox"][data-lexical-editor="true"]').first().waitFor();
  }

  /** Goes to the "General" channel of "My Team"; the emulator installs the bot there (installationUpdate). */
  async openTeamChannel(team = 'My Team', channel = 'General'): Promise<void> {
    // A click while the page is still wiring its handlers can be lost (seen once in a loaded full run): click again.
    for (let attempt = 1; ; attempt++) {
      await this.page.getByRole('treeitem', { name: `${team} - ${channel}` }).click();
      try {
        await this.newPostBox().waitFor({ timeout: attempt < 3 ? 10_000 : 30_000 });
        return;
      } catch (err) {
        if (attempt >= 3) throw err;
      }
    }
  }

  /** Goes to the personal chat with the bot (the emulator's first screen). */
  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: /Personal Chat/ }).click();
    await this.chatBox().waitFor();
  }

  /** The message box of a personal or group chat. */
  chatBox(): Locator {
    return this.page.locator('[role="textbox"][data-lexical-editor="true"]').last();
  }

  /**
   * Sends a message in a personal chat (no @mention needed) and resolves with the bot's reply card: the
   * first card that appears after the message.
   */
  async sayInChat(text: string): Promise<Locator> {
    const before = await this.allCards().count();
    const box = this.chatBox();
    await box.click();
    await box.pressSequentially(text);
    await box.press('Enter');
    const reply = this.allCards().nth(before);
    await reply.waitFor();
    return reply;
  }

  /** Every Adaptive Card on screen whose text contains `text`. */
  cards(text: string | RegExp): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text });
  }

  allCards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  /**
   * The channel post (a thread: the root message and its replies) whose own message contains `text`: the
   * message is the post's direct `span` child, so cards in the thread that quote the text do not match.
   */
  thread(text: string): Locator {
    return this.page.getByRole('group').filter({ has: this.page.locator(':scope > span').filter({ hasText: text }) });
  }

  /** The "Start a new post" box at the top of the channel (its placeholder goes away once typed into). */
  newPostBox(): Locator {
    return this.page
      .getByRole('group')
      .filter({ has: this.page.getByRole('button', { name: 'Post', exact: true }) })
      .getByRole('textbox');
  }

  /**
   * Types into a card's text input the way a user does. (Playwright's `fill` sets the value without key
   * events; the emulator's card inputs then reset to empty on the next click and the card submits nothing.)
   */
  async typeInto(input: Locator, text: string): Promise<void> {
    await input.click();
    await input.pressSequentially(text);
    const value = await input.inputValue();
    if (value !== text) throw new Error(`typed "${text}" but the input holds "${value}"`);
  }

  /** Replaces what a card's text input holds (select all, delete, type), as a user edits a prefilled value. */
  async replaceIn(input: Locator, text: string): Promise<void> {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.press('Backspace');
    await this.typeInto(input, text);
  }

  /** Fills the setup card as a newcomer would: the two sides' names and internal IT's time zone (New York). */
  async fillSetupCard(setupCard: Locator): Promise<void> {
    await this.typeInto(setupCard.getByLabel('Internal IT side'), 'Contoso IT');
    await this.typeInto(setupCard.getByLabel('MSP side'), 'Fabrikam MSP');
    await this.pickFromCombobox(setupCard.getByRole('combobox', { name: /Time zone of internal IT/ }), 'New York', /New York/);
  }

  /** Picks an option of a filtered choice set (a combobox) by typing part of it, then clicking the match. */
  async pickFromCombobox(combobox: Locator, typed: string, option: string | RegExp): Promise<void> {
    await combobox.click();
    await combobox.press('ControlOrMeta+a');
    await combobox.press('Backspace');
    await combobox.pressSequentially(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /**
   * Starts a new channel post that @mentions the bot: types `@`, picks the bot in the mention menu, types
   * the question and presses Enter. Resolves with the post (thread) once the bot's reply card is in it.
   */
  async askInChannel(question: string, botName = EMULATOR_BOT_NAME): Promise<Locator> {
    const box = this.newPostBox();
    await box.click();
    await box.pressSequentially('@');
    await this.page.getByRole('menuitem', { name: botName }).click();
    await box.pressSequentially(` ${question}`);
    await box.press('Enter');
    const thread = this.thread(question);
    await thread.locator('.ac-adaptiveCard').waitFor();
    return thread;
  }

  /** Text the emulator or Teams shows when a bot fails a turn or a card action. */
  errorBanners(): Locator {
    return this.page.getByText(/Unable to reach app|Something went wrong|could not be sent|failed to send/i);
  }

  /** Log panel lines where the emulator reports an HTTP error status for an activity (e.g. "invoke 500"). */
  async failedActivitiesInLog(): Promise<string[]> {
    const text = await this.page.locator('body').innerText();
    return text.match(/\b(?:message|invoke|conversationUpdate|installationUpdate|messageReaction|event)\s+[45]\d\d\b/g) ?? [];
  }
}
