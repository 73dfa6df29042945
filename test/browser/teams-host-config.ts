/**
 * Host configs and client CSS close to what Microsoft Teams uses to render Adaptive Cards, for the card
 * screenshot test (card-screenshots.test.ts).
 *
 * What this is based on:
 * - Layout, spacing, font sizes and weights, font family, fact sets, actions (max 6, horizontal, inline
 *   ShowCard in the emphasis style) and the coloured container backgrounds: Microsoft's published Teams
 *   host configs, `samples/HostConfig/microsoft-teams-light.json` and `microsoft-teams-dark.json` in
 *   github.com/microsoft/AdaptiveCards (also in github.com/microsoft/Teams-AdaptiveCards-Mobile), the ones
 *   the Adaptive Cards designer's "Microsoft Teams" host uses. The light one is also, byte for byte, the
 *   host config Microsoft's Teams emulator ships (node_modules/@microsoft/m365agentsplayground): see
 *   EMULATOR_LIGHT below.
 * - Text colours (accent, good, warning, attention): the Teams client's own palette (the Fluent UI
 *   "Teams" theme: brand #6264A7 / #A6A7DC, green #237B4B / #92C353, yellow #835C00 / #F8D22A,
 *   red #C4314B; dark red #E37D80 is Fluent's red tint30), which the published light config does not
 *   use for text: it has warning #F8D22A and good #92C353 on white, ~1.5:1 and ~2.2:1.
 * - Dark surfaces: Teams' dark chat canvas #1F1F1F and message surface #292929 (published dark config:
 *   #2D2C2C / #292828, within a few percent of luminance).
 * - Buttons and inputs: the Adaptive Cards designer's Teams container CSS
 *   (`source/nodejs/adaptivecards-designer/src/containers/teams/teams-container-{light,dark}.css`):
 *   2 px accent-tinted outlined buttons 32 px high, radius 4, Segoe UI 14 px; filled inputs (in the
 *   dark theme with Fluent's #666666 outline).
 *
 * Segoe UI is not installed on Linux: Debian's Chromium falls back to Liberation Sans (Arial's metrics),
 * a few percent narrower than Segoe UI. So a text found cut off here is cut off in Teams too, and one
 * that fits here with only a few pixels to spare may not fit in Teams.
 */

export type TeamsThemeName = 'light' | 'dark' | 'emulator';

export interface TeamsTheme {
  readonly name: TeamsThemeName;
  /** The Adaptive Cards HostConfig JSON. */
  readonly hostConfig: Record<string, unknown>;
  /** The chat canvas around the card (what shows through a transparent card). */
  readonly canvas: string;
  /** Client CSS for what the host config does not style: buttons, inputs, links, mentions. */
  readonly css: string;
}

const FONT_FAMILY = "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif";

interface Palette {
  /** Card (default container) and emphasis container backgrounds. */
  readonly background: string;
  readonly emphasis: string;
  readonly text: string;
  readonly subtle: string;
  readonly accent: string;
  readonly accentSubtle: string;
  readonly good: string;
  readonly warning: string;
  readonly attention: string;
  /** Default text in the pastel coloured containers (accent, good, warning, attention). */
  readonly onPastel: string;
  readonly onPastelSubtle: string;
  readonly separator: string;
}

function foregrounds(p: Palette, onPastel: boolean) {
  const text = onPastel ? p.onPastel : p.text;
  const subtle = onPastel ? p.onPastelSubtle : p.subtle;
  return {
    default: { default: text, subtle },
    dark: { default: '#252424', subtle: '#bf252424' },
    light: { default: '#ffffff', subtle: '#fff3f2f1' },
    accent: { default: p.accent, subtle: p.accentSubtle },
    good: { default: p.good, subtle: `#e5${p.good.slice(1)}` },
    warning: { default: p.warning, subtle: `#e5${p.warning.slice(1)}` },
    attention: { default: p.attention, subtle: `#e5${p.attention.slice(1)}` },
  };
}

function hostConfig(p: Palette): Record<string, unknown> {
  const font = (family: string) => ({
    fontFamily: family,
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
  });
  return {
    choiceSetInputValueSeparator: ',',
    supportsInteractivity: true,
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.separator },
    imageSizes: { small: 32, medium: 52, large: 100 },
    fontTypes: { default: font(FONT_FAMILY), monospace: font("'Courier New', Courier, monospace") },
    textStyles: { heading: { fontType: 'default', size: 'large', weight: 'bolder', color: 'default', isSubtle: false } },
    textBlock: { headingLevel: 2 },
    containerStyles: {
      default: { backgroundColor: p.background, borderColor: '#CCCCCC', foregroundColors: foregrounds(p, false) },
      emphasis: { backgroundColor: p.emphasis, borderColor: '#666666', foregroundColors: foregrounds(p, false) },
      accent: { backgroundColor: '#C7DEF9', borderColor: '#62A8F7', foregroundColors: foregrounds(p, true) },
      good: { backgroundColor: '#CCFFCC', borderColor: '#69E569', foregroundColors: foregrounds(p, true) },
      attention: { backgroundColor: '#FFC5B2', borderColor: '#FF764C', foregroundColors: foregrounds(p, true) },
      warning: { backgroundColor: '#FFE2B2', borderColor: '#FFBC51', foregroundColors: foregrounds(p, true) },
    },
    actions: {
      maxActions: 6,
      spacing: 'Default',
      buttonSpacing: 8,
      showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
      preExpandSingleShowCardAction: false,
      actionsOrientation: 'Horizontal',
      actionAlignment: 'Left',
    },
    adaptiveCard: { allowCustomStyle: false },
    imageSet: { imageSize: 'Medium', maxImageHeight: 100 },
    factSet: {
      title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true },
      value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
      spacing: 16,
    },
  };
}

interface Controls {
  /** Native controls (checkboxes, the time picker's icon, the select arrow) follow it. */
  readonly colorScheme: 'light' | 'dark';
  readonly buttonBackground: string;
  readonly buttonText: string;
  readonly buttonBorder: string;
  /** Filled buttons: style "positive" and an open ShowCard. */
  readonly filledBackground: string;
  readonly filledText: string;
  readonly destructiveText: string;
  readonly inputBackground: string;
  readonly inputBorder: string;
  readonly inputText: string;
  readonly placeholder: string;
  readonly link: string;
}

function clientCss(c: Controls): string {
  return `
:root { color-scheme: ${c.colorScheme}; }
.ac-pushButton {
  font-family: ${FONT_FAMILY}; font-size: 14px; font-weight: 600; height: 32px; padding: 4px 12px 5px;
  overflow: hidden; text-overflow: ellipsis; text-align: center; cursor: pointer; user-select: none;
  background-color: ${c.buttonBackground}; color: ${c.buttonText}; border: 2px solid ${c.buttonBorder}; border-radius: 4px;
}
.ac-pushButton.style-positive, .ac-pushButton.style-emphasis, .ac-pushButton.expanded {
  background-color: ${c.filledBackground}; color: ${c.filledText}; border-color: ${c.filledBackground};
}
.ac-pushButton.style-destructive { color: ${c.destructiveText}; }
.ac-pushButton.expandable::after { content: ' \\2304'; }
.ac-input { font-family: ${FONT_FAMILY}; font-size: 14px; color: ${c.inputText}; }
.ac-input.ac-textInput, .ac-input.ac-numberInput, .ac-input.ac-dateInput, .ac-input.ac-timeInput, .ac-input.ac-multichoiceInput {
  background-color: ${c.inputBackground}; border: 1px solid ${c.inputBorder}; border-radius: 4px;
  padding: 4px 8px; height: 32px; box-sizing: border-box; color: ${c.inputText};
}
.ac-input.ac-textInput.ac-multiline { height: 72px; resize: none; }
.ac-input::placeholder { color: ${c.placeholder}; opacity: 1; }
.ac-input.ac-input-validation-failed { border-color: #C4314B !important; }
a.ac-anchor, a.ac-anchor:visited { color: ${c.link}; text-decoration: none; }
.baton-mention { font-weight: 600; }
`;
}

const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  emphasis: '#f9f8f7',
  text: '#252424',
  subtle: '#bf252424',
  accent: '#6264a7',
  accentSubtle: '#8b8cc7',
  good: '#237b4b',
  warning: '#835c00',
  attention: '#c4314b',
  onPastel: '#252424',
  onPastelSubtle: '#bf252424',
  separator: '#eeeeee',
};

const DARK_PALETTE: Palette = {
  background: '#292929',
  // A shade darker than the card, as in the published config (#2D2C2C / #292828), and not the canvas's #1F1F1F.
  emphasis: '#242424',
  text: '#ffffff',
  subtle: '#bfffffff',
  accent: '#a6a7dc',
  accentSubtle: '#8b8cc7',
  good: '#92c353',
  warning: '#f8d22a',
  attention: '#e37d80',
  // The published dark config keeps the pastel coloured containers, with dark text on them.
  onPastel: '#201f1f',
  onPastelSubtle: '#bf201f1f',
  // The published dark config keeps the light theme's #EEEEEE separators; Teams' dark client draws dark grey ones.
  separator: '#3d3d3d',
};

export const TEAMS_LIGHT: TeamsTheme = {
  name: 'light',
  hostConfig: hostConfig(LIGHT_PALETTE),
  canvas: '#f5f5f5',
  css: clientCss({
    colorScheme: 'light',
    buttonBackground: '#ffffff',
    buttonText: '#6264a7',
    buttonBorder: '#bfc0da',
    filledBackground: '#6264a7',
    filledText: '#ffffff',
    destructiveText: '#c4314b',
    inputBackground: '#f3f2f1',
    inputBorder: '#f3f2f1',
    inputText: '#252424',
    placeholder: '#605e5c',
    link: '#6264a7',
  }),
};

export const TEAMS_DARK: TeamsTheme = {
  name: 'dark',
  hostConfig: hostConfig(DARK_PALETTE),
  canvas: '#1f1f1f',
  css: clientCss({
    colorScheme: 'dark',
    buttonBackground: 'transparent',
    buttonText: '#ffffff',
    buttonBorder: '#6165a4',
    filledBackground: '#6264a7',
    filledText: '#ffffff',
    destructiveText: '#e37d80',
    inputBackground: '#1f1f1f',
    // Fluent's dark stroke: without it a dark field disappears into the dark ShowCard behind it.
    inputBorder: '#666666',
    inputText: '#ffffff',
    placeholder: '#adadad',
    link: '#a6a7dc',
  }),
};

/**
 * The Teams emulator's own look (m365agentsplayground 0.2.28 ships the published light config unchanged):
 * good #92C353 and warning #F8D22A text on white. Not one of the default themes (Teams' client does
 * better); run it with BATON_CARD_THEMES=light,dark,emulator to see what the emulator shows.
 */
export const EMULATOR_LIGHT: TeamsTheme = {
  name: 'emulator',
  hostConfig: hostConfig({ ...LIGHT_PALETTE, good: '#92c353', warning: '#f8d22a' }),
  canvas: '#f5f5f5',
  css: TEAMS_LIGHT.css,
};

export const TEAMS_THEMES: Readonly<Record<TeamsThemeName, TeamsTheme>> = { light: TEAMS_LIGHT, dark: TEAMS_DARK, emulator: EMULATOR_LIGHT };
